import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';

import { Can } from '@/features/auth';
import { notifyError, notifySaved } from '@/lib/notify';

import { entryCode, entryMessage, type OutboxEntry } from '../api/outbox-types';
import { useCheckOne, useOutboxEntry } from '../api/outbox';
import { fixFieldFor, type FixEntity } from '../fix-fields';
import { KIND_LABELS } from '../labels';

const TABLES = { worker: 'workers', business: 'businesses', site: 'sites' } as const;

function subject(entry: OutboxEntry): string {
  return [
    entry.site?.name,
    entry.business?.name,
    entry.worker?.name,
    entry.work_date ? entry.work_date.replaceAll('-', '/') : null,
  ]
    .filter(Boolean)
    .join(' ・ ');
}

/** The fix page's context: which record CCUS (or genba) refused, why, and what to change here. */
export function FixBanner({ fixId, entity, entityId }: { fixId: string; entity: FixEntity; entityId: string }) {
  const entry = useOutboxEntry(fixId);
  const check = useCheckOne(TABLES[entity]);
  if (!entry.data) return null;
  const code = entryCode(entry.data);
  const field = fixFieldFor(entry.data);
  const held = entry.data.status === 'held';

  const recheck = async () => {
    try {
      await check.mutateAsync(entityId);
      notifySaved('CCUSで再確認しています。○になると保留・失敗の就業履歴と施工体制を自動で再送します。');
    } catch (error) {
      notifyError(error, '再確認できませんでした');
    }
  };

  return (
    // Mantine's Alert names itself by its title; the section carries the name tests and readers use.
    <section aria-label="修正するエラー">
      <Alert
        color={held ? 'yellow' : 'red'}
        mb="md"
        title={`${KIND_LABELS[entry.data.kind]}が${held ? '保留' : 'CCUSで受け付けられません'}でした`}
      >
        <Stack gap={4}>
          <Group gap="xs">
            {code ? (
              <Badge color={held ? 'yellow' : 'red'} variant="light">
                {code}
              </Badge>
            ) : null}
            <Text size="sm">{subject(entry.data)}</Text>
          </Group>
          {entryMessage(entry.data) ? <Text size="sm">{entryMessage(entry.data)}</Text> : null}
          {entry.data.advice ? <Text size="sm">対応方法：{entry.data.advice}</Text> : null}
          {field?.field ? (
            <Text size="sm" fw={700}>
              「{field.label}」を修正して更新してください。更新後、CCUSで再確認し、○になれば自動で再送します。
            </Text>
          ) : field ? (
            <Group gap="xs">
              <Text size="sm" fw={700}>
                CCUS側で設定を直したら、再確認してください。○になれば自動で再送します。
              </Text>
              <Can scope="ccus:write">
                <Button size="compact-sm" loading={check.isPending} onClick={() => void recheck()}>
                  CCUSで再確認
                </Button>
              </Can>
            </Group>
          ) : null}
        </Stack>
      </Alert>
    </section>
  );
}
