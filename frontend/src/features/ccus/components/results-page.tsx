import { Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';

import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/page-states';
import { formatNumber } from '@/lib/format';

import { useResults } from '../api/results';
import { lastSevenDays } from '../dates';

import { FailuresSection } from './failures-section';
import { ResultsFilter } from './results-filter';
import { ResultsTable } from './results-table';

const route = getRouteApi('/app/ccus/results');

export function ResultsPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const defaults = lastSevenDays();
  const from = search.date_from ?? defaults.from;
  const to = search.date_to ?? defaults.to;
  const results = useResults(from, to);
  const showFailures = Boolean(search.day || search.kind);

  return (
    <>
      <PageHeader
        title="CCUS連携結果一覧"
        crumbs={[{ label: 'マイページ', to: '/me' }, { label: 'CCUS連携結果一覧' }]}
      />
      <ResultsFilter
        from={from}
        to={to}
        onSearch={(values) =>
          void navigate({
            search: (prev) => ({ ...prev, ...values, day: undefined, kind: undefined, page: undefined }),
          })
        }
        onClear={() => void navigate({ search: {} })}
      />
      <QueryState query={results} isEmpty={(days) => days.length === 0} empty="この期間の連携結果はありません。">
        {(days) => (
          <>
            <Text size="sm" c="dimmed" mb="xs" data-testid="results-summary">
              ({formatNumber(days.length)} 件)
            </Text>
            <ResultsTable days={days} selected={{ day: search.day, kind: search.kind }} />
            <Text size="xs" c="dimmed" mt="xs">
              失敗の件数をクリックすると、エラーの内容と修正する画面を表示します。
            </Text>
          </>
        )}
      </QueryState>
      {showFailures ? (
        <FailuresSection
          day={search.day}
          kind={search.kind}
          page={search.page ?? 1}
          onPage={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
        />
      ) : null}
    </>
  );
}
