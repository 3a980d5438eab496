import { getRouteApi } from '@tanstack/react-router';

import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/page-states';

import { useWorkDay } from '../api/work-days';

import { WorkDayEditForm } from './work-day-edit-form';
import { WorkDaySummary } from './work-day-summary';

const route = getRouteApi('/app/attendance/$workDayId');

export function WorkDayEditPage() {
  const { workDayId } = route.useParams();
  const workDay = useWorkDay(workDayId);
  return (
    <>
      <PageHeader
        title="就業履歴の編集"
        crumbs={[{ label: '就業履歴一覧', to: '/attendance' }, { label: '就業履歴の編集' }]}
      />
      <QueryState query={workDay}>
        {(day) => (
          <>
            <WorkDaySummary day={day} />
            <WorkDayEditForm key={day.updated_at} day={day} />
          </>
        )}
      </QueryState>
    </>
  );
}
