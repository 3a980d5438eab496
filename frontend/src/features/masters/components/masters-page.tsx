import { Tabs, Text } from '@mantine/core';
import { useState } from 'react';

import { PageHeader } from '@/components/page-header';
import { EMPTY_VALUE } from '@/lib/format';

import {
  useEmploymentTypes,
  useInsuranceValues,
  usePositions,
  usePrefectures,
  type InsuranceValue,
} from '../api/masters';

import { MasterList } from './master-list';
import { OccupationsPanel } from './occupations-panel';

// The API's insurance kinds in the words of the worker form's 保険加入状況.
const INSURANCE_KINDS: Record<string, string> = {
  health: '健康保険',
  pension: '年金保険',
  employment: '雇用保険',
  kentaikyo: '建退共',
};

const TABS = ['occupations', 'positions', 'employment', 'insurance', 'prefectures'] as const;
type Tab = (typeof TABS)[number];

/** マスタ設定: the masters every form and list labels with, as the API serves them. */
export function MastersPage() {
  const [tab, setTab] = useState<Tab>('occupations');
  const positions = usePositions();
  const employmentTypes = useEmploymentTypes();
  const insurance = useInsuranceValues();
  const prefectures = usePrefectures();

  return (
    <>
      <PageHeader title="マスタ設定" />
      <Text size="sm" c="dimmed" mb="sm">
        登録・編集画面の選択肢と一覧の表示に使うマスタです。職種は自社のものを追加・編集できます。立場・雇用区分・保険加入状況・都道府県はCCUSのコード表のため変更できません。
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
          <OccupationsPanel />
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
