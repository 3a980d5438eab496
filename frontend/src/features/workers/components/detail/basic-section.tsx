import { AnchorLink } from '@/components/links';
import { useEmploymentTypes } from '@/features/masters';
import { formatDate } from '@/lib/format';

import { PERMISSION_OPTIONS, SEX_OPTIONS, fullKana, fullName, labelOf } from '../../api/labels';
import type { Worker } from '../../api/workers';

import { FieldSection } from './field-table';
import { nameOf } from './name-of';

export function BasicSection({ worker }: { worker: Worker }) {
  const employmentTypes = useEmploymentTypes();
  const alias = [worker.alias_family, worker.alias_given].filter(Boolean).join(' ');
  return (
    <FieldSection
      title="基本情報"
      rows={[
        { label: '技能者コード', value: worker.code },
        { label: '技能者名', value: fullName(worker) },
        { label: '技能者名カナ', value: fullKana(worker) },
        { label: '通称', value: alias },
        {
          label: '所属事業者',
          value: (
            <AnchorLink to="/businesses/$businessId" params={{ businessId: worker.business.id }}>
              {worker.business.name}
            </AnchorLink>
          ),
        },
        { label: '生年月日', value: formatDate(worker.birth_date) },
        { label: '性別', value: labelOf(SEX_OPTIONS, worker.sex) },
        { label: '雇用区分', value: nameOf(employmentTypes.data, worker.employment_type_code) },
        { label: '権限', value: labelOf(PERMISSION_OPTIONS, worker.permission) },
      ]}
    />
  );
}
