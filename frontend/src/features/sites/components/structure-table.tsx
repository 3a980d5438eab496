import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';

import { DataTable } from '@/components/data-table';

import { useInsuranceValues } from '@/features/masters';
import { useCan } from '@/features/auth';

import type { Business, StructureEntry } from '../api/structure';

import { CONSENT_COLORS, CONSENT_LABELS, TIERS, tierLabel } from './labels';
import { INSURANCE_KINDS } from './structure-entry-values';
import { usageText } from './usage';
import type { StructureRow } from './structure-tree';

export type StructureActions = {
  onTier: (entry: StructureEntry) => void;
  onEdit: (entry: StructureEntry) => void;
  onWorkers: (entry: StructureEntry) => void;
  onRemove: (entry: StructureEntry) => void;
};

/** 施工体制一覧: the 元請 on top, then each business under its upper business, tiers in columns. */
export function StructureTable({
  rows,
  prime,
  primeName,
  businesses,
  actions,
}: {
  rows: StructureRow[];
  /** The own company's entry when it is on the structure itself. */
  prime: StructureEntry | undefined;
  primeName: string;
  businesses: Map<string, Business>;
  actions: StructureActions;
}) {
  const insuranceValues = useInsuranceValues();
  const canWrite = useCan('registry:write');
  const insuranceName = (kind: string, code: string | null | undefined) =>
    code ? (insuranceValues.data?.find((v) => v.kind === kind && v.code === code)?.name ?? code) : '—';

  const contact = (businessId: string) => {
    const business = businesses.get(businessId);
    return (
      <>
        <Text size="sm">{business?.phone ?? ''}</Text>
        <Text size="xs" c="dimmed" truncate="end" maw={180}>
          {business?.email ?? ''}
        </Text>
      </>
    );
  };

  const details = (entry: StructureEntry) => (
    <>
      {INSURANCE_KINDS.map(([kind]) => (
        <Table.Td key={kind}>{insuranceName(kind, entry.insurance[kind])}</Table.Td>
      ))}
      <Table.Td>{entry.permit_number ?? ''}</Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {`${entry.worker_count}(${entry.spot_count})`}
      </Table.Td>
      <Table.Td>
        {entry.is_prime ? (
          '利用'
        ) : (
          <Text span size="sm" fw={600} c={CONSENT_COLORS[entry.consent]} style={{ whiteSpace: 'nowrap' }}>
            {CONSENT_LABELS[entry.consent]}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{usageText(entry.legal_welfare)}</Table.Td>
      <Table.Td>{usageText(entry.workers_comp)}</Table.Td>
    </>
  );

  return (
    <DataTable striped highlightOnHover withTableBorder withColumnBorders fz="sm" label="施工体制">
      <Table.Thead>
        <Table.Tr>
          {TIERS.map((tier) => (
            <Table.Th key={tier} rowSpan={2} w={40} ta="center">
              {tierLabel(tier)}
            </Table.Th>
          ))}
          <Table.Th rowSpan={2} data-priority="1">
            表示順
          </Table.Th>
          <Table.Th rowSpan={2} data-wrap="name">
            事業者名
          </Table.Th>
          <Table.Th rowSpan={2} data-priority="2">
            代表電話番号
            <br />
            メールアドレス
          </Table.Th>
          <Table.Th colSpan={4}>保険加入状況</Table.Th>
          <Table.Th rowSpan={2} data-priority="1">
            建設業許可番号
          </Table.Th>
          <Table.Th rowSpan={2}>
            技能者数
            <br />
            (スポット数)
          </Table.Th>
          <Table.Th colSpan={3}>利用許可状況</Table.Th>
          <Table.Th rowSpan={2} aria-label="操作" />
        </Table.Tr>
        <Table.Tr>
          <Table.Th>健康</Table.Th>
          <Table.Th>年金</Table.Th>
          <Table.Th>雇用</Table.Th>
          <Table.Th>建退共</Table.Th>
          <Table.Th>利用</Table.Th>
          <Table.Th>法定福利</Table.Th>
          <Table.Th>現場労災</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <Table.Tr data-testid="structure-prime">
          <Table.Td colSpan={5} ta="center">
            <Badge variant="filled" color="dark">
              元請
            </Badge>
          </Table.Td>
          <Table.Td />
          <Table.Td fw={700}>{prime?.business.name ?? primeName}</Table.Td>
          {prime ? (
            <>
              <Table.Td>{contact(prime.business.id)}</Table.Td>
              {details(prime)}
              <Table.Td data-action>
                <Group gap={4} wrap="nowrap">
                  {canWrite ? (
                    <Button size="compact-xs" variant="light" onClick={() => actions.onEdit(prime)}>
                      編集
                    </Button>
                  ) : null}
                  <Button size="compact-xs" variant="subtle" onClick={() => actions.onWorkers(prime)}>
                    技能者
                  </Button>
                </Group>
              </Table.Td>
            </>
          ) : (
            <Table.Td colSpan={12} />
          )}
        </Table.Tr>
        {rows.map(({ entry, depth }) => (
          <Table.Tr key={entry.id} data-testid="structure-row" data-tier={entry.tier}>
            {TIERS.map((tier) => (
              <Table.Td key={tier} ta="center" p={2}>
                {tier === entry.tier ? (
                  <Text span fw={700} c="blue" title={tierLabel(tier)} aria-label={tierLabel(tier)}>
                    ●
                  </Text>
                ) : null}
              </Table.Td>
            ))}
            <Table.Td ta="right">{entry.display_order}</Table.Td>
            <Table.Td style={{ paddingLeft: `calc(var(--table-horizontal-spacing, 10px) + ${(depth - 1) * 16}px)` }}>
              {depth > 1 ? (
                <Text span c="dimmed" mr={4} aria-hidden>
                  └
                </Text>
              ) : null}
              <Anchor
                size="sm"
                renderRoot={(props) => (
                  <Link to="/businesses/$businessId" params={{ businessId: entry.business.id }} {...props} />
                )}
              >
                {entry.business.name}
              </Anchor>
            </Table.Td>
            <Table.Td>{contact(entry.business.id)}</Table.Td>
            {details(entry)}
            <Table.Td data-action>
              <Group gap={4} wrap="nowrap">
                {canWrite ? (
                  <>
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={() => actions.onTier(entry)}
                      aria-label={`${entry.business.name}の次数変更`}
                    >
                      次数変更
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={() => actions.onEdit(entry)}
                      aria-label={`${entry.business.name}の編集`}
                    >
                      編集
                    </Button>
                  </>
                ) : null}
                <Button size="compact-xs" variant="subtle" onClick={() => actions.onWorkers(entry)}>
                  技能者
                </Button>
                {canWrite ? (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => actions.onRemove(entry)}
                    aria-label={`${entry.business.name}の削除`}
                  >
                    削除
                  </Button>
                ) : null}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
