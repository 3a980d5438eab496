import { Badge, Button, Group, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';

import { Can } from '@/features/auth';
import { CcusStatusBadge } from '@/components/ccus-status-badge';
import { FieldTable, type FieldRow } from '@/components/field-table';
import { usePrefectures } from '@/features/masters';
import { formatDate, formatDateTime } from '@/lib/format';

import type { Site } from '../api/sites';

import { STRUCTURE_MODE_LABELS, usageLabel } from './labels';
import { SiteStaffCard } from './site-staff-card';

/** 現場情報: what is registered, read-only, with the ways on to its edit, calendar and history. */
export function SiteInfoTab({ site, branchName }: { site: Site; branchName: string }) {
  const prefectures = usePrefectures();
  const prefecture = prefectures.data?.find((p) => p.code === site.prefecture_code)?.name ?? '';

  const rows: FieldRow[] = [
    { label: '支店', value: branchName },
    { label: '現場コード', value: site.code },
    { label: '現場名', value: site.name },
    { label: 'CCUS現場ID', value: site.ccus_site_id ?? '未登録' },
    {
      label: 'CCUS連携',
      value: (
        <Group gap="xs" key="ccus">
          <CcusStatusBadge
            status={site.ccus_status}
            errorCode={site.ccus_error_code}
            errorMessage={site.ccus_error_message}
          />
          {site.ccus_checked_at ? (
            <Text size="xs" c="dimmed">
              最終確認 {formatDateTime(site.ccus_checked_at)}
            </Text>
          ) : null}
        </Group>
      ),
    },
    { label: '電話番号', value: site.phone ?? '' },
    { label: '郵便番号', value: site.postal_code ?? '' },
    { label: '都道府県', value: prefecture },
    { label: '市区町村', value: site.city },
    { label: '市区町村(カナ)', value: site.city_kana ?? '' },
    { label: '住所', value: site.address ?? '' },
    {
      label: '就業履歴蓄積期間',
      value: `${formatDate(site.period_start) || '未設定'} 〜 ${formatDate(site.period_end) || '未設定'}`,
    },
    { label: '作業場所メモ', value: site.work_location_memo ? '有効(まとめ現場)' : '無効' },
    {
      label: '作業場所',
      value:
        site.work_locations.length > 0 ? (
          <Group gap={4} key="locations">
            {site.work_locations.map((name) => (
              <Badge key={name} variant="outline" color="gray">
                {name}
              </Badge>
            ))}
          </Group>
        ) : (
          'なし'
        ),
    },
    { label: '施工体制の登録方法', value: STRUCTURE_MODE_LABELS[site.structure_mode] },
    { label: '顔認証', value: site.face_recognition ? 'あり' : 'なし' },
    { label: '建退共', value: usageLabel(site.uses_kentaikyo) },
    { label: '法定福利', value: usageLabel(site.uses_legal_welfare) },
    { label: '労災', value: usageLabel(site.uses_workers_comp) },
    { label: '表示設定', value: site.is_visible ? '表示' : '非表示' },
    { label: '更新日時', value: formatDateTime(site.updated_at) },
  ];

  return (
    <>
      <Group mb="sm" gap="xs">
        <Can scope="registry:write">
          <Button renderRoot={(props) => <Link to="/sites/$siteId/edit" params={{ siteId: site.id }} {...props} />}>
            編集
          </Button>
        </Can>
        <Button
          variant="default"
          renderRoot={(props) => <Link to="/sites/$siteId/calendar" params={{ siteId: site.id }} {...props} />}
        >
          月別カレンダー
        </Button>
        <Button
          variant="default"
          renderRoot={(props) => <Link to="/attendance" search={{ site_id: site.id }} {...props} />}
        >
          就業履歴一覧
        </Button>
      </Group>
      <FieldTable rows={rows} maw={900} />
      <SiteStaffCard siteId={site.id} />
    </>
  );
}
