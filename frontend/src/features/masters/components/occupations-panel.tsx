import { Badge, Button, Group, Modal } from '@mantine/core';
import { useState } from 'react';

import { Can, useCan } from '@/features/auth';
import { EMPTY_VALUE } from '@/lib/format';

import { useAllOccupations, type Occupation } from '../api/masters';

import { MasterList, type Column } from './master-list';
import { OccupationForm } from './occupation-form';

type Editing = { occupation?: Occupation } | null;

const COLUMNS: Column<Occupation>[] = [
  { header: '大分類コード', cell: (row) => row.major_code },
  { header: '大分類', cell: (row) => row.major_name },
  { header: '小分類コード', cell: (row) => row.minor_code },
  { header: '小分類', cell: (row) => row.minor_name },
  { header: '能力評価', cell: (row) => (row.evaluable === null ? EMPTY_VALUE : row.evaluable ? '対象' : '対象外') },
  { header: '区分', cell: (row) => (row.shipped ? '標準' : '自社') },
  {
    header: '状態',
    cell: (row) => (
      <Badge color={row.is_active ? 'green' : 'gray'} variant="light">
        {row.is_active ? '使用中' : '使用停止'}
      </Badge>
    ),
  },
];

/** 職種: the shipped ones read-only; the tenant's own added and edited here. */
export function OccupationsPanel() {
  const occupations = useAllOccupations();
  const canWrite = useCan('masters:write');
  const [editing, setEditing] = useState<Editing>(null);
  const edit: Column<Occupation> = {
    header: '操作',
    cell: (row) =>
      row.shipped ? null : (
        <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ occupation: row })}>
          編集
        </Button>
      ),
  };
  return (
    <>
      <Can scope="masters:write">
        <Group justify="flex-end" mb="sm">
          <Button onClick={() => setEditing({})}>職種を追加</Button>
        </Group>
      </Can>
      <MasterList
        label="職種"
        query={occupations}
        rowKey={(row) => row.id}
        columns={canWrite ? [...COLUMNS, edit] : COLUMNS}
      />
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.occupation ? '職種の編集' : '職種の追加'}
      >
        {editing ? <OccupationForm occupation={editing.occupation} onDone={() => setEditing(null)} /> : null}
      </Modal>
    </>
  );
}
