import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

import { Can } from '@/features/auth';
import { CcusStatusBadge } from '@/components/ccus-status-badge';
import { usePrefectures } from '@/features/masters';
import { formatDate, formatDateTime } from '@/lib/format';

import type { Site } from '../api/sites';

import { STRUCTURE_MODE_LABELS, usageLabel } from './labels';

/** 現場情報: what is registered, read-only, with the ways on to its edit, calendar and history. */
export function SiteInfoTab({ site, branchName }: { site: Site; branchName: string }) {
  const prefectures = usePrefectures();
  const prefecture = prefectures.data?.find((p) => p.code === site.prefecture_code)?.name ?? '';

  const rows: [string, ReactNode][] = [
    ['支店', branchName],
    ['現場コード', site.code],
    ['現場名', site.name],
    ['CCUS現場ID', site.ccus_site_id ?? '未登録'],
    [
      'CCUS連携',
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
      </Group>,
    ],
    ['電話番号', site.phone ?? ''],
    ['郵便番号', site.postal_code ?? ''],
    ['都道府県', prefecture],
    ['市区町村', site.city],
    ['市区町村(カナ)', site.city_kana ?? ''],
    ['住所', site.address ?? ''],
    ['就業履歴蓄積期間', `${formatDate(site.period_start) || '未設定'} 〜 ${formatDate(site.period_end) || '未設定'}`],
    ['作業場所メモ', site.work_location_memo ? '有効(まとめ現場)' : '無効'],
    [
      '作業場所',
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
    ],
    ['施工体制の登録方法', STRUCTURE_MODE_LABELS[site.structure_mode]],
    ['顔認証', site.face_recognition ? 'あり' : 'なし'],
    ['建退共', usageLabel(site.uses_kentaikyo)],
    ['法定福利', usageLabel(site.uses_legal_welfare)],
    ['労災', usageLabel(site.uses_workers_comp)],
    ['表示設定', site.is_visible ? '表示' : '非表示'],
    ['更新日時', formatDateTime(site.updated_at)],
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
      <Table withTableBorder withColumnBorders fz="sm" variant="vertical" maw={900}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={200}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
