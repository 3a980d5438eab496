import { FieldTable } from '@/components/field-table';
import { VerificationNumber } from '@/components/verification-number';
import { useCan } from '@/features/auth';
import { usePrefectures } from '@/features/masters';
import { formatDateTime } from '@/lib/format';

import { useRevealVerificationNumber, type Business } from '../api/businesses';
import { useBranchNames } from '@/features/branches';

import { BusinessCcusState } from './business-ccus-state';

/** 事業者情報閲覧: every field, in the order of the registration form. */
export function BusinessInfoTable({ business }: { business: Business }) {
  const branchNames = useBranchNames();
  const reveal = useRevealVerificationNumber(business.id);
  const canReveal = useCan('secrets:reveal');
  const prefectures = usePrefectures();
  const prefecture = prefectures.data?.find((p) => p.code === business.prefecture_code)?.name;

  const rows = [
    ['所属支店', branchNames(business.branch_ids)],
    ['事業者コード', business.code],
    ['事業者名', business.name],
    ['事業者名(カナ)', business.name_kana],
    ['代表電話番号', business.phone],
    ['メールアドレス', business.email],
    ['郵便番号', business.postal_code],
    ['都道府県', prefecture ?? business.prefecture_code],
    ['住所', business.address],
    ['FAX番号', business.fax],
    ['代表者名', business.representative_name],
    ['営業所名(会社名)', business.office_name],
    ['建退共 共済契約者番号', business.kentaikyo_contract_number],
    ['CCUS事業者ID', business.ccus_business_id],
    [
      '本人確認番号',
      <VerificationNumber
        masked={business.verification_number}
        reveal={() => reveal.mutateAsync()}
        canReveal={canReveal}
      />,
    ],
    ['自社', business.is_own_company ? '自社' : null],
    ['CCUS連携状態', <BusinessCcusState business={business} />],
    ['CCUS確認日時', formatDateTime(business.ccus_checked_at)],
    ['登録日時', formatDateTime(business.created_at)],
    ['更新日時', formatDateTime(business.updated_at)],
  ] as const;

  return <FieldTable rows={rows.map(([label, value]) => ({ label, value }))} />;
}
