import { Anchor, Badge, Button, Group, Modal, Table, Text } from '@mantine/core';

import { DataTable } from '@/components/data-table';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';

import { Can } from '@/features/auth';
import { BusinessSelect } from '@/features/businesses';
import { useSiteWorkerProfiles } from '@/features/workers';
import { ListPagination } from '@/components/list-pagination';
import { QueryState } from '@/components/page-states';
import { EMPTY_VALUE, orEmpty } from '@/lib/format';
import { occupationLabel, useEmploymentTypes, useOccupations, usePositions } from '@/features/masters';

import { useSiteWorkers, type SiteWorker } from '../api/site-workers';
import type { Site } from '../api/sites';

import { SiteWorkerEditForm } from './site-worker-edit-form';

const route = getRouteApi('/app/sites/$siteId');
const PAGE_SIZE = 50;

/** 施工体制技能者一覧: every worker who entered the site, with the 職種 and 立場 sent to CCUS. */
export function SiteWorkersTab({ site }: { site: Site }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const siteWorkers = useSiteWorkers(site.id);
  const profiles = useSiteWorkerProfiles(site.id);
  const occupations = useOccupations();
  const positions = usePositions();
  const employmentTypes = useEmploymentTypes();
  const [editing, setEditing] = useState<SiteWorker | null>(null);

  const profileMap = profiles.data ?? new Map();
  const businessName = search.business_id
    ? [...profileMap.values()].find((worker) => worker.business.id === search.business_id)?.business.name
    : undefined;
  const occupationName = (id: string) => {
    const occupation = occupations.data?.find((o) => o.id === id);
    return occupation ? occupationLabel(occupation) : '';
  };
  const positionName = (code: string | null) => (code && positions.data?.find((p) => p.code === code)?.name) ?? '';
  const employmentName = (code: string | undefined) =>
    (code && employmentTypes.data?.find((t) => t.code === code)?.name) ?? '';

  return (
    <>
      <Group mb="sm" align="flex-end">
        <BusinessSelect
          label="事業者"
          placeholder="すべての事業者"
          siteId={site.id}
          w={320}
          value={search.business_id ?? null}
          selectedLabel={businessName}
          onChange={(value) =>
            void navigate({ search: (prev) => ({ ...prev, business_id: value ?? undefined, page: undefined }) })
          }
        />
      </Group>
      <QueryState
        query={siteWorkers}
        isEmpty={(rows) => rows.length === 0}
        empty="この現場に入場した技能者はまだいません。"
      >
        {(all) => {
          const rows = search.business_id ? all.filter((row) => row.business_id === search.business_id) : all;
          const page = Math.min(search.page ?? 1, Math.max(1, Math.ceil(rows.length / PAGE_SIZE)));
          const shown = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
          const pagination = {
            total_count: rows.length,
            total_is_exact: true,
            page,
            limit: PAGE_SIZE,
            max_page: Math.max(1, Math.ceil(rows.length / PAGE_SIZE)),
          };
          const onPage = (next: number) => void navigate({ search: (prev) => ({ ...prev, page: next }) });
          return (
            <>
              <ListPagination pagination={pagination} shown={shown.length} onPage={onPage} />
              <DataTable striped highlightOnHover withTableBorder fz="sm" label="施工体制技能者一覧">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>技能者コード</Table.Th>
                    <Table.Th>技能者名</Table.Th>
                    <Table.Th>技能者名(カナ)</Table.Th>
                    <Table.Th>携帯電話番号</Table.Th>
                    <Table.Th>所属事業者</Table.Th>
                    <Table.Th>雇用区分</Table.Th>
                    <Table.Th>職種</Table.Th>
                    <Table.Th>立場</Table.Th>
                    <Table.Th>スポット技能者</Table.Th>
                    <Table.Th>入退場有無</Table.Th>
                    <Table.Th aria-label="操作" />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((row) => {
                    const profile = profileMap.get(row.worker.id);
                    const name = `${row.worker.family_name} ${row.worker.given_name}`;
                    return (
                      <Table.Tr key={row.id}>
                        <Table.Td>{row.worker.code}</Table.Td>
                        <Table.Td>
                          <Anchor
                            size="sm"
                            renderRoot={(props) => (
                              <Link to="/workers/$workerId" params={{ workerId: row.worker.id }} {...props} />
                            )}
                          >
                            {name}
                          </Anchor>
                          {row.worker.retired_on ? (
                            <Badge ml={4} size="xs" color="gray" variant="light">
                              退職
                            </Badge>
                          ) : null}
                        </Table.Td>
                        <Table.Td>{orEmpty(profile ? `${profile.family_kana} ${profile.given_kana}` : '')}</Table.Td>
                        <Table.Td>{orEmpty(profile?.phones[0])}</Table.Td>
                        <Table.Td>{orEmpty(profile?.business.name)}</Table.Td>
                        <Table.Td>{orEmpty(employmentName(profile?.employment_type_code))}</Table.Td>
                        <Table.Td>{orEmpty(occupationName(row.occupation_id))}</Table.Td>
                        <Table.Td>{orEmpty(positionName(row.position_code))}</Table.Td>
                        <Table.Td>{row.is_spot ? '○' : EMPTY_VALUE}</Table.Td>
                        <Table.Td>{row.has_attendance ? '有' : '無'}</Table.Td>
                        <Table.Td data-action>
                          <Can scope="registry:write">
                            <Button
                              size="compact-xs"
                              variant="light"
                              onClick={() => setEditing(row)}
                              aria-label={`${name}を編集`}
                            >
                              編集
                            </Button>
                          </Can>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </DataTable>
              {rows.length === 0 ? (
                <Text c="dimmed" ta="center" py="md">
                  この事業者の技能者はこの現場に入場していません。
                </Text>
              ) : null}
            </>
          );
        }}
      </QueryState>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title="施工体制技能者編集" size="lg">
        {editing ? (
          <SiteWorkerEditForm
            siteId={site.id}
            siteWorker={editing}
            employmentType={employmentName(profileMap.get(editing.worker.id)?.employment_type_code)}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Modal>
    </>
  );
}
