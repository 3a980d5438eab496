import { Badge, Button, Table, Text, Tooltip } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';

import { DataTable } from '@/components/data-table';
import { usePrefectures } from '@/features/masters';
import { formatAddress, formatDate, orEmpty } from '@/lib/format';

import type { Site } from '../../api/sites';

import { usageLabel } from '../labels';

import { ccusLinkLabel } from './ccus-link-label';

function CcusLink({ site }: { site: Site }) {
  const { label, color } = ccusLinkLabel(site);
  const badge = (
    <Badge color={color} variant="light">
      {label}
    </Badge>
  );
  const detail = [site.ccus_error_code, site.ccus_error_message].filter(Boolean).join(' ');
  return detail ? (
    <Tooltip label={detail} multiline w={320}>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}

/** 現場一覧's table, columns as in the seed; a row (or 選択) opens the site. */
export function SitesTable({ sites, branchNames }: { sites: Site[]; branchNames: (ids: readonly string[]) => string }) {
  const navigate = useNavigate();
  const prefectures = usePrefectures();
  const prefectureName = (code: string | null) => (code && prefectures.data?.find((p) => p.code === code)?.name) ?? '';

  return (
    <DataTable striped highlightOnHover withTableBorder withColumnBorders fz="sm" label="現場一覧">
      <Table.Thead>
        <Table.Tr>
          <Table.Th rowSpan={2}>支店</Table.Th>
          <Table.Th rowSpan={2}>
            現場コード
            <br />
            現場名
          </Table.Th>
          <Table.Th rowSpan={2} data-wrap="name">
            住所
          </Table.Th>
          <Table.Th colSpan={2}>就業履歴蓄積期間</Table.Th>
          <Table.Th rowSpan={2} data-priority="1">
            顔認証設定
          </Table.Th>
          <Table.Th rowSpan={2}>CCUS連携</Table.Th>
          <Table.Th colSpan={3}>利用機能</Table.Th>
          <Table.Th rowSpan={2} data-priority="1">
            作業場所メモ
          </Table.Th>
          <Table.Th rowSpan={2}>表示設定</Table.Th>
          <Table.Th rowSpan={2} aria-label="操作" />
        </Table.Tr>
        <Table.Tr>
          <Table.Th>開始日</Table.Th>
          <Table.Th>終了日</Table.Th>
          <Table.Th>建退共</Table.Th>
          <Table.Th>法定福利</Table.Th>
          <Table.Th>労災</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sites.map((site) => (
          <Table.Tr
            key={site.id}
            style={{ cursor: 'pointer' }}
            onClick={() => void navigate({ to: '/sites/$siteId', params: { siteId: site.id } })}
          >
            <Table.Td>{orEmpty(branchNames([site.branch_id]))}</Table.Td>
            <Table.Td data-wrap="name">
              <Text size="xs" c="dimmed">
                {site.code}
              </Text>
              <Text size="sm">{site.name}</Text>
            </Table.Td>
            <Table.Td>{orEmpty(formatAddress(prefectureName(site.prefecture_code), site.city, site.address))}</Table.Td>
            <Table.Td>{orEmpty(formatDate(site.period_start))}</Table.Td>
            <Table.Td>{orEmpty(formatDate(site.period_end))}</Table.Td>
            <Table.Td>{site.face_recognition ? 'あり' : 'なし'}</Table.Td>
            <Table.Td>
              <CcusLink site={site} />
            </Table.Td>
            <Table.Td>{usageLabel(site.uses_kentaikyo)}</Table.Td>
            <Table.Td>{usageLabel(site.uses_legal_welfare)}</Table.Td>
            <Table.Td>{usageLabel(site.uses_workers_comp)}</Table.Td>
            <Table.Td>{site.work_location_memo ? '有効' : '無効'}</Table.Td>
            <Table.Td>
              {site.is_visible ? (
                '表示'
              ) : (
                <Badge color="gray" variant="light">
                  非表示
                </Badge>
              )}
            </Table.Td>
            <Table.Td data-action>
              <Button
                size="compact-xs"
                variant="light"
                renderRoot={(props) => <Link to="/sites/$siteId" params={{ siteId: site.id }} {...props} />}
                onClick={(event) => event.stopPropagation()}
                aria-label={`${site.name}を選択`}
              >
                選択
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
