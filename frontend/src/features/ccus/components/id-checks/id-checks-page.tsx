import { Alert, Button, Text } from '@mantine/core';
import { useEffect, useState } from 'react';

import { PageHeader } from '@/components/page-header';
import { Can } from '@/features/auth';
import { QueryState } from '@/components/page-states';
import { formatDate, formatNumber } from '@/lib/format';
import { notifyError, notifySaved } from '@/lib/notify';

import { idCheckProgress, useIdCheckSummary, useStartIdChecks } from '../../api/id-checks';
import { lastSevenDays } from '../../dates';

import { IdCheckCountsTable } from './id-check-counts-table';
import { IdCheckProgress } from './id-check-progress';

type Run = { startedAt: number; remaining: number | null; changedAt: number } | null;

// The job stops early when CCUS cannot be reached; counts that stop moving this long end the wait.
export const ID_CHECK_STALL_MS = 30_000;

export function IdChecksPage() {
  const [run, setRun] = useState<Run>(null);
  const [finished, setFinished] = useState(false);
  const [stalled, setStalled] = useState(false);
  const summary = useIdCheckSummary(run !== null);
  const start = useStartIdChecks();
  const progress = summary.data ? idCheckProgress(summary.data) : null;

  // Counts fetched before the start still show the old state, so only later ones can end the run.
  const answeredSinceStart = run !== null && summary.dataUpdatedAt > run.startedAt;
  const remaining = progress?.remaining ?? null;
  const answeredAt = summary.dataUpdatedAt;
  useEffect(() => {
    if (!answeredSinceStart || run === null) return;
    if (remaining === 0) {
      setRun(null);
      setFinished(true);
      notifySaved('CCUS IDの確認が完了しました。');
    } else if (remaining !== run.remaining) {
      setRun({ ...run, remaining, changedAt: answeredAt });
    } else if (answeredAt - run.changedAt > ID_CHECK_STALL_MS) {
      setRun(null);
      setStalled(true);
    }
  }, [answeredSinceStart, remaining, answeredAt, run]);

  const onStart = async () => {
    setFinished(false);
    setStalled(false);
    const startedAt = Date.now();
    try {
      await start.mutateAsync();
      setRun({ startedAt, remaining: null, changedAt: startedAt });
    } catch (error) {
      notifyError(error, 'まとめて確認を開始できませんでした');
    }
  };

  const week = lastSevenDays();
  return (
    <>
      <PageHeader
        title="CCUSID有効確認"
        crumbs={[{ label: 'マイページ', to: '/me' }, { label: 'CCUSID有効確認' }]}
        actions={
          <Can scope="ccus:write">
            <Button onClick={() => void onStart()} loading={start.isPending} disabled={run !== null}>
              まとめて確認
            </Button>
          </Can>
        }
      />
      <Text size="sm" c="dimmed" mb="sm">
        登録されているCCUS現場ID・事業者ID・技能者IDがCCUSで有効かを確認した結果です。失敗の件数をクリックすると、修正が必要な一覧を表示します。
      </Text>
      {stalled ? (
        <Alert color="yellow" mb="md" title="確認が進んでいません">
          CCUSから応答がないため、確認の完了を待つのをやめました。確認は順に再開されます。時間をおいて、もう一度「まとめて確認」を押してください。
        </Alert>
      ) : null}
      {run !== null && progress ? <IdCheckProgress checked={progress.checked} remaining={progress.remaining} /> : null}
      {finished ? (
        <Alert color="green" mb="md" title="確認が完了しました">
          最新の結果を表示しています。
        </Alert>
      ) : null}
      <QueryState query={summary}>
        {(data) => (
          <>
            <IdCheckCountsTable title={`直近 (${formatDate(week.from)}~${formatDate(week.to)})`} counts={data.week} />
            <IdCheckCountsTable title="すべて" counts={data.overall} remaining={data.remaining} />
            {run === null && progress && progress.remaining > 0 ? (
              <Text size="xs" c="dimmed" mt="xs">
                未確認の {formatNumber(progress.remaining)} 件は、新しく登録・変更されたIDです。自動で順に確認します。
              </Text>
            ) : null}
          </>
        )}
      </QueryState>
    </>
  );
}
