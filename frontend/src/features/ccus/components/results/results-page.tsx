import { Group, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';

import { AnchorLink } from '@/components/links';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/page-states';
import { formatNumber } from '@/lib/format';

import { useResults } from '../../api/results';
import { lastSevenDays } from '../../dates';

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
  const { site_id, business_id, worker_id, branch_id, code, work_from, work_to } = search;
  const filters = { site_id, business_id, worker_id, branch_id, code, work_from, work_to };
  const showFailures = Boolean(search.day || search.kind || search.failures || search.fixed);

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
            <Group justify="space-between" mt="xs">
              <Text size="xs" c="dimmed">
                失敗・保留の件数をクリックすると、エラーの内容と修正する画面を表示します。失敗はCCUSが受け付けなかった件数、保留は送信前にgenbaが止めている件数です。
              </Text>
              {showFailures ? null : (
                <AnchorLink to="/ccus/results" search={{ date_from: from, date_to: to, failures: 1 }} size="sm">
                  連携エラー一覧を開く
                </AnchorLink>
              )}
            </Group>
          </>
        )}
      </QueryState>
      {showFailures ? (
        <FailuresSection
          day={search.day}
          kind={search.kind}
          filters={filters}
          fixed={search.fixed}
          page={search.page ?? 1}
          onPage={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
          onFilter={(values) =>
            void navigate({ search: (prev) => ({ ...prev, ...values, failures: 1 as const, page: undefined }) })
          }
        />
      ) : null}
    </>
  );
}
