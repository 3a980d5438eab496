import { Badge, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';

import { QueryState } from '@/components/page-states';
import { formatNumber } from '@/lib/format';

import { careerQueryOptions } from '../../api/workers';

/**
 * Days CCUS accepted against the skill-level thresholds (645 / 1,505 / 2,150 days): on the
 * worker's detail page and, with their name, under the site calendar.
 */
export function CareerProgress({ workerId, workerName }: { workerId: string; workerName?: string }) {
  const career = useQuery(careerQueryOptions(workerId));
  return (
    <Paper withBorder p="sm" component="section" aria-label="能力評価までの就業日数">
      <Title order={3} size="h5" mb="xs">
        {workerName ? `${workerName} さんの` : ''}能力評価までの就業日数
      </Title>
      <QueryState query={career}>
        {(data) => (
          <Stack gap="sm">
            <Group gap="xl">
              <Text size="sm">
                CCUSで有効な就業日数{' '}
                <Text span fw={700} size="lg" data-testid="ccus-valid-days">
                  {formatNumber(data.ccus_valid_days)}
                </Text>{' '}
                日
              </Text>
              <Text size="sm" c="dimmed">
                記録された就業日数 {formatNumber(data.total_days)} 日
              </Text>
            </Group>
            {data.thresholds.map((threshold) => {
              const percent =
                threshold.days > 0 ? Math.min(100, Math.round((data.ccus_valid_days / threshold.days) * 100)) : 100;
              const label = `レベル${threshold.level}`;
              return (
                <Stack key={threshold.level} gap={4} data-testid={`threshold-${threshold.level}`}>
                  <Group justify="space-between">
                    <Text size="sm" fw={500}>
                      {label}({formatNumber(threshold.days)}日)
                    </Text>
                    <Group gap="xs">
                      <Text size="sm">
                        {formatNumber(data.ccus_valid_days)} / {formatNumber(threshold.days)} 日
                      </Text>
                      {threshold.reached ? (
                        <Badge color="green" variant="light">
                          到達
                        </Badge>
                      ) : (
                        <Text size="sm" c="dimmed">
                          あと {formatNumber(threshold.remaining)} 日
                        </Text>
                      )}
                    </Group>
                  </Group>
                  <Progress
                    value={percent}
                    color={threshold.reached ? 'green' : 'blue'}
                    aria-label={`${label}までの進捗`}
                  />
                </Stack>
              );
            })}
            <Text size="xs" c="dimmed">
              能力評価には就業日数のほかに資格等の条件があります。
            </Text>
          </Stack>
        )}
      </QueryState>
    </Paper>
  );
}
