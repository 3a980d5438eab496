import { Box, Button, Group, Select, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';

import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/page-states';
import { CareerProgress } from '@/features/workers';

import { useSiteCalendar } from '../api/calendar';
import { useSite, useSiteStructure, useWorker, workerName } from '../api/lookups';
import { currentMonth, daysOfMonth, monthLabel, shiftMonth } from '../utils/month';

import { CalendarGrid } from './calendar-grid';
import { CalendarLegend } from './calendar-legend';
import { ButtonLink } from '@/components/links';

const route = getRouteApi('/app/sites/$siteId/calendar');

export function CalendarPage() {
  const { siteId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const month = search.month ?? currentMonth();
  const site = useSite(siteId);
  const calendar = useSiteCalendar(siteId, month);
  const structure = useSiteStructure(siteId);

  const workers = useMemo(() => calendar.data?.workers ?? [], [calendar.data]);
  const selected = workers.find((entry) => entry.worker.id === search.worker_id);
  // A worker with no day this month is still named, from their record.
  const lookup = useWorker(search.worker_id && !selected && !calendar.isPending ? search.worker_id : null);
  const selectedName = selected?.worker.name ?? (lookup.data ? workerName(lookup.data) : '');
  const options = useMemo(() => {
    const list = workers.map((entry) => ({ value: entry.worker.id, label: entry.worker.name }));
    if (search.worker_id && !selected && selectedName) list.unshift({ value: search.worker_id, label: selectedName });
    return list;
  }, [workers, search.worker_id, selected, selectedName]);
  const businessNames = useMemo(
    () => new Map((structure.data ?? []).map((entry) => [entry.business.id, entry.business.name])),
    [structure.data],
  );

  const toMonth = (target: string) => void navigate({ search: (prev) => ({ ...prev, month: target }) });
  const days = daysOfMonth(month);
  const siteName = site.data?.name ?? '現場';

  return (
    <>
      <PageHeader
        title={`月別カレンダー ${monthLabel(month)}`}
        crumbs={[
          { label: '現場一覧', to: '/sites' },
          { label: siteName, to: `/sites/${siteId}` },
          { label: '月別カレンダー' },
        ]}
        actions={
          <ButtonLink
            to="/attendance"
            search={{
              site_id: siteId,
              worker_id: search.worker_id,
              date_from: days[0]?.date,
              date_to: days.at(-1)?.date,
            }}
            variant="default"
          >
            就業履歴一覧
          </ButtonLink>
        }
      />
      <Group justify="space-between" mb="sm" align="flex-end">
        <Group gap="xs">
          <Button variant="default" onClick={() => toMonth(shiftMonth(month, -1))}>
            ‹ 前月
          </Button>
          <Text fw={600} w={100} ta="center" data-testid="calendar-month">
            {monthLabel(month)}
          </Text>
          <Button variant="default" onClick={() => toMonth(shiftMonth(month, 1))}>
            翌月 ›
          </Button>
          {month !== currentMonth() ? (
            <Button variant="subtle" onClick={() => toMonth(currentMonth())}>
              今月
            </Button>
          ) : null}
        </Group>
        <Select
          label="技能者"
          placeholder="すべての技能者"
          searchable
          clearable
          w={260}
          data={options}
          value={search.worker_id ?? null}
          onChange={(value) => void navigate({ search: (prev) => ({ ...prev, worker_id: value ?? undefined }) })}
        />
      </Group>
      <CalendarLegend />
      <QueryState
        query={calendar}
        isEmpty={(data) => data.workers.length === 0}
        empty={`${monthLabel(month)}の就業履歴はありません。`}
      >
        {(data) => {
          const shown = search.worker_id
            ? data.workers.filter((entry) => entry.worker.id === search.worker_id)
            : data.workers;
          return shown.length > 0 ? (
            <CalendarGrid month={month} workers={shown} businessName={(id) => businessNames.get(id) ?? ''} />
          ) : (
            <Text c="dimmed" py="md">
              {monthLabel(month)}、この技能者の就業履歴はありません。
            </Text>
          );
        }}
      </QueryState>
      {search.worker_id ? (
        <Box mt="md">
          <CareerProgress workerId={search.worker_id} workerName={selectedName} />
        </Box>
      ) : null}
    </>
  );
}
