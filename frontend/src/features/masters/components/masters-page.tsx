import { Badge, Table, Tabs, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';

import { DataTable } from '@/components/data-table';
import { PageHeader } from '@/components/page-header';
import { QueryState, type QueryLike } from '@/components/page-states';
import { EMPTY_VALUE } from '@/lib/format';

import {
  useAllOccupations,
  useEmploymentTypes,
  useInsuranceValues,
  usePositions,
  usePrefectures,
  type InsuranceValue,
} from '../api/masters';

// The API's insurance kinds in the words of the worker form's 保険加入状況.
const INSURANCE_KINDS: Record<string, string> = {
  health: '健康保険',
  pension: '年金保険',
  employment: '雇用保険',
  kentaikyo: '建退共',
};

type Column<T> = { header: string; cell: (row: T) => ReactNode };

/** One master as a list: every row, in the API's order. */
function MasterList<T>({
  label,
  query,
  columns,
  rowKey,
}: {
  label: string;
  query: QueryLike<T[]>;
  columns: Column<T>[];
  rowKey: (row: T) => string;
}) {
  return (
    <QueryState query={query} isEmpty={(rows) => rows.length === 0} empty={`${label}は登録されていません。`}>
      {(rows) => (
        <DataTable striped withTableBorder fz="sm" label={label}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.header}>{column.header}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {columns.map((column) => (
                  <Table.Td key={column.header}>{column.cell(row)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
    </QueryState>
  );
}

const TABS = ['occupations', 'positions', 'employment', 'insurance', 'prefectures'] as const;
type Tab = (typeof TABS)[number];

/** マスタ設定: the masters every form and list labels with, as the API serves them. */
export function MastersPage() {
  const [tab, setTab] = useState<Tab>('occupations');
  const occupations = useAllOccupations();
  const positions = usePositions();
  const employmentTypes = useEmploymentTypes();
  const insurance = useInsuranceValues();
  const prefectures = usePrefectures();

  return (
    <>
      <PageHeader title="マスタ設定" />
      <Text size="sm" c="dimmed" mb="sm">
        登録・編集画面の選択肢と一覧の表示に使うマスタです。
      </Text>
      <Tabs value={tab} onChange={(next) => setTab(TABS.find((t) => t === next) ?? 'occupations')} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="occupations">職種</Tabs.Tab>
          <Tabs.Tab value="positions">立場</Tabs.Tab>
          <Tabs.Tab value="employment">雇用区分</Tabs.Tab>
          <Tabs.Tab value="insurance">保険加入状況</Tabs.Tab>
          <Tabs.Tab value="prefectures">都道府県</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="occupations">
          <MasterList
            label="職種"
            query={occupations}
            rowKey={(row) => row.id}
            columns={[
              { header: '大分類コード', cell: (row) => row.major_code },
              { header: '大分類', cell: (row) => row.major_name },
              { header: '小分類コード', cell: (row) => row.minor_code },
              { header: '小分類', cell: (row) => row.minor_name },
              {
                header: '能力評価',
                cell: (row) => (row.evaluable === null ? EMPTY_VALUE : row.evaluable ? '対象' : '対象外'),
              },
              {
                header: '状態',
                cell: (row) =>
                  row.is_active ? (
                    <Badge color="green" variant="light">
                      使用中
                    </Badge>
                  ) : (
                    <Badge color="gray" variant="light">
                      使用停止
                    </Badge>
                  ),
              },
            ]}
          />
        </Tabs.Panel>
        <Tabs.Panel value="positions">
          <MasterList
            label="立場"
            query={positions}
            rowKey={(row) => row.code}
            columns={[
              { header: 'コード', cell: (row) => row.code },
              { header: '立場', cell: (row) => row.name },
              { header: '管理者', cell: (row) => (row.is_management ? '管理者' : EMPTY_VALUE) },
            ]}
          />
        </Tabs.Panel>
        <Tabs.Panel value="employment">
          <MasterList
            label="雇用区分"
            query={employmentTypes}
            rowKey={(row) => row.code}
            columns={[
              { header: 'コード', cell: (row) => row.code },
              { header: '雇用区分', cell: (row) => row.name },
            ]}
          />
        </Tabs.Panel>
        <Tabs.Panel value="insurance">
          <MasterList<InsuranceValue>
            label="保険加入状況"
            query={insurance}
            rowKey={(row) => `${row.kind}-${row.code}`}
            columns={[
              { header: '保険', cell: (row) => INSURANCE_KINDS[row.kind] ?? row.kind },
              { header: 'コード', cell: (row) => row.code },
              { header: '加入状況', cell: (row) => row.name },
            ]}
          />
        </Tabs.Panel>
        <Tabs.Panel value="prefectures">
          <MasterList
            label="都道府県"
            query={prefectures}
            rowKey={(row) => row.code}
            columns={[
              { header: 'コード', cell: (row) => row.code },
              { header: '都道府県', cell: (row) => row.name },
            ]}
          />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
