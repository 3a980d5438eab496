import { Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';

import { QueryState } from '@/components/page-states';
import { formatNumber } from '@/lib/format';

import { useCareer } from '../api/calendar';

/** A worker's CCUS-accepted days against the skill-level thresholds (645 / 1,505 / 2,150 days). */
export function CareerProgress({ workerId, workerName }: { workerId: string; workerName: string }) {
  const career = useCareer(workerId);
  return (
    <Paper component="section" withBorder p="md" mt="md" aria-label="能力評価の就業日数">
      <Title order={3} size="h5" mb="xs">
        {workerName ? `${workerName} さんの` : ''}能力評価に有効な就業日数
      </Title>
      <QueryState query={career}>
        {(data) => (
          <Stack gap="sm">
            <Text size="sm">
              CCUS有効 <b>{formatNumber(data.ccus_valid_days)} 日</b>(記録された就業日数 {formatNumber(data.total_days)}{' '}
              日・全現場)
            </Text>
            {data.thresholds.map((threshold) => {
              const percent = Math.min(100, Math.round((data.ccus_valid_days / Math.max(1, threshold.days)) * 100));
              return (
                <div key={threshold.level}>
                  <Group justify="space-between" mb={4}>
                    <Text size="sm">
                      レベル{threshold.level}({formatNumber(threshold.days)}日)
                    </Text>
                    <Text size="sm" c={threshold.reached ? 'green' : 'dimmed'}>
                      {threshold.reached ? '到達' : `あと ${formatNumber(threshold.remaining)} 日`}
                    </Text>
                  </Group>
                  <Progress
                    value={percent}
                    color={threshold.reached ? 'green' : 'blue'}
                    aria-label={`レベル${threshold.level}までの進捗`}
                  />
                </div>
              );
            })}
            <Text size="xs" c="dimmed">
              レベルの判定には就業日数のほかに資格などの要件があります。
            </Text>
          </Stack>
        )}
      </QueryState>
    </Paper>
  );
}
