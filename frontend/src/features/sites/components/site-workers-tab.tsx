import { Button, Group, Modal, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';

import { Can } from '@/features/auth';
import { BusinessSelect } from '@/features/businesses';
import { useEmploymentTypes } from '@/features/masters';
import { ListPagination } from '@/components/list-pagination';
import { QueryState } from '@/components/page-states';
import { notifyError, notifySaved } from '@/lib/notify';

import { useRemoveSiteWorker, useSiteWorkers, type SiteWorker } from '../api/site-workers';
import type { Site } from '../api/sites';
import { useStructure } from '../api/structure';

import { SiteWorkerAddForm } from './site-worker-add-form';
import { SiteWorkerEditForm } from './site-worker-edit-form';
import { SiteWorkersTable } from './site-workers-table';

const route = getRouteApi('/app/sites/$siteId');
const PAGE_SIZE = 50;

type Dialog = { kind: 'add' } | { kind: 'edit'; row: SiteWorker } | null;

/** 施工体制技能者一覧: every worker who entered the site or was added by hand (技能者追加). */
export function SiteWorkersTab({ site }: { site: Site }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const siteWorkers = useSiteWorkers(site.id);
  const structure = useStructure(site.id);
  const employmentTypes = useEmploymentTypes();
  const remove = useRemoveSiteWorker(site.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  const entries = structure.data ?? [];
  const businessName = (id: string) => entries.find((entry) => entry.business.id === id)?.business.name ?? '';

  const onRemove = async (row: SiteWorker) => {
    const name = `${row.worker.family_name} ${row.worker.given_name}`;
    if (!window.confirm(`「${name}」を施工体制技能者から削除しますか？`)) return;
    try {
      await remove.mutateAsync(row.worker.id);
      notifySaved('施工体制技能者から削除しました。');
    } catch (error) {
      notifyError(error, '削除できませんでした');
    }
  };

  return (
    <>
      <Group mb="sm" align="flex-end" justify="space-between">
        <BusinessSelect
          label="事業者"
          placeholder="すべての事業者"
          siteId={site.id}
          w={320}
          value={search.business_id ?? null}
          selectedLabel={search.business_id ? businessName(search.business_id) : undefined}
          onChange={(value) =>
            void navigate({ search: (prev) => ({ ...prev, business_id: value ?? undefined, page: undefined }) })
          }
        />
        <Can scope="registry:write">
          <Button onClick={() => setDialog({ kind: 'add' })} disabled={!structure.data}>
            技能者追加
          </Button>
        </Can>
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        ※現場への入退場がある技能者は削除できません。変更や追加はその日のうちにCCUSへ送信されます。
      </Text>
      <QueryState
        query={siteWorkers}
        isEmpty={(rows) => rows.length === 0}
        empty="この現場の施工体制技能者はまだいません。技能者が入場するか、技能者追加で追加されます。"
      >
        {(all) => {
          const rows = search.business_id ? all.filter((row) => row.business_id === search.business_id) : all;
          const maxPage = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
          const page = Math.min(search.page ?? 1, maxPage);
          const shown = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
          const pagination = {
            total_count: rows.length,
            total_is_exact: true,
            page,
            limit: PAGE_SIZE,
            max_page: maxPage,
          };
          const onPage = (next: number) => void navigate({ search: (prev) => ({ ...prev, page: next }) });
          return (
            <>
              <ListPagination pagination={pagination} shown={shown.length} onPage={onPage} />
              <SiteWorkersTable
                rows={shown}
                businessName={businessName}
                onEdit={(row) => setDialog({ kind: 'edit', row })}
                onRemove={(row) => void onRemove(row)}
              />
              {rows.length === 0 ? (
                <Text c="dimmed" ta="center" py="md">
                  この事業者の技能者はこの現場にいません。
                </Text>
              ) : null}
            </>
          );
        }}
      </QueryState>
      <Modal
        opened={dialog !== null}
        onClose={close}
        title={dialog?.kind === 'add' ? '技能者追加' : '施工体制技能者編集'}
        size="lg"
      >
        {dialog?.kind === 'add' ? (
          <SiteWorkerAddForm
            siteId={site.id}
            entries={entries}
            businessId={search.business_id ?? null}
            onDone={close}
          />
        ) : null}
        {dialog?.kind === 'edit' ? (
          <SiteWorkerEditForm
            siteId={site.id}
            siteWorker={dialog.row}
            employmentType={
              employmentTypes.data?.find((t) => t.code === dialog.row.worker.employment_type_code)?.name ?? ''
            }
            onDone={close}
          />
        ) : null}
      </Modal>
    </>
  );
}
