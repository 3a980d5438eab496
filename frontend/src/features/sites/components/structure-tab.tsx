import { Button, Group, Modal, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';

import { Can } from '@/features/auth';
import { useSiteBusinesses } from '@/features/businesses';
import { ErrorState, QueryState } from '@/components/page-states';
import { notifyError, notifySaved } from '@/lib/notify';

import { useTenantName, type Site } from '../api/sites';
import { useRemoveStructureEntry, useStructure, type StructureEntry } from '../api/structure';

import { STRUCTURE_MODE_LABELS } from './labels';
import { StructureAddForm } from './structure-add-form';
import { StructureEditForm } from './structure-edit-form';
import { StructureTable } from './structure-table';
import { StructureTierForm } from './structure-tier-form';
import { structureRows } from './structure-tree';

const route = getRouteApi('/app/sites/$siteId');

type Dialog =
  { kind: 'add' } | { kind: 'tier'; entry: StructureEntry } | { kind: 'edit'; entry: StructureEntry } | null;

const DIALOG_TITLES = { add: '事業者を追加', tier: '次数変更', edit: '利用状況設定' } as const;

export function StructureTab({ site }: { site: Site }) {
  const navigate = route.useNavigate();
  const structure = useStructure(site.id);
  const businesses = useSiteBusinesses(site.id);
  const tenantName = useTenantName();
  const remove = useRemoveStructureEntry(site.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  const onRemove = async (entry: StructureEntry) => {
    if (!window.confirm(`「${entry.business.name}」を施工体制から削除しますか？`)) return;
    try {
      await remove.mutateAsync(entry.business.id);
      notifySaved('施工体制から削除しました。');
    } catch (error) {
      notifyError(error, '削除できませんでした');
    }
  };

  return (
    <>
      <Group justify="space-between" mb="xs">
        <Text size="xs" c="dimmed">
          ※現場への入退場が存在する事業者、下請事業者が存在する事業者は削除できません。施工体制の登録方法:{' '}
          {STRUCTURE_MODE_LABELS[site.structure_mode]}
        </Text>
        <Can scope="registry:write">
          <Button onClick={() => setDialog({ kind: 'add' })} disabled={!structure.data}>
            事業者を追加
          </Button>
        </Can>
      </Group>
      {businesses.error ? <ErrorState error={businesses.error} onRetry={() => void businesses.refetch()} /> : null}
      <QueryState query={structure}>
        {(entries) => {
          const map = businesses.data ?? new Map();
          // The API marks the 元請 (the tenant's own company): it heads the table, never as a 1次 row.
          const prime = entries.find((entry) => entry.is_prime);
          return (
            <>
              <Text size="sm" c="dimmed" mb={4} data-testid="page-summary">
                ({entries.length} 件)
              </Text>
              <StructureTable
                rows={structureRows(entries, prime?.business.id)}
                prime={prime}
                primeName={tenantName}
                businesses={map}
                actions={{
                  onTier: (entry) => setDialog({ kind: 'tier', entry }),
                  onEdit: (entry) => setDialog({ kind: 'edit', entry }),
                  onWorkers: (entry) => void navigate({ search: { tab: 'workers', business_id: entry.business.id } }),
                  onRemove: (entry) => void onRemove(entry),
                }}
              />
              {entries.length === 0 ? (
                <Text c="dimmed" ta="center" py="md">
                  施工体制に事業者はまだいません。技能者が入場すると自動で追加されます。
                </Text>
              ) : null}
              <Modal opened={dialog !== null} onClose={close} title={dialog ? DIALOG_TITLES[dialog.kind] : ''}>
                {dialog?.kind === 'add' ? <StructureAddForm siteId={site.id} entries={entries} onDone={close} /> : null}
                {dialog?.kind === 'tier' ? (
                  <StructureTierForm siteId={site.id} entry={dialog.entry} entries={entries} onDone={close} />
                ) : null}
                {dialog?.kind === 'edit' ? (
                  <StructureEditForm siteId={site.id} entry={dialog.entry} onDone={close} />
                ) : null}
              </Modal>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
