import { Group, Stack, Text } from '@mantine/core';

import { CcusStatusBadge } from '@/components/ccus-status-badge';
import { VerificationNumber } from '@/components/verification-number';
import { useCan } from '@/features/auth';
import { formatDateTime } from '@/lib/format';

import { useRevealVerificationNumber, type Worker } from '../../api/workers';

import { FieldSection } from './field-table';

/** CCUS・建退共 and 連絡先, stacked in one column of the detail grid. */
export function CcusContactSections({ worker }: { worker: Worker }) {
  const reveal = useRevealVerificationNumber(worker.id);
  const canReveal = useCan('secrets:reveal');
  return (
    <Stack gap="md">
      <FieldSection
        title="CCUS・建退共"
        rows={[
          { label: 'CCUS技能者ID', value: worker.ccus_worker_id ?? 'なし' },
          {
            label: '本人確認番号',
            value: (
              <VerificationNumber
                masked={worker.verification_number}
                reveal={() => reveal.mutateAsync()}
                canReveal={canReveal}
              />
            ),
          },
          {
            label: 'CCUS連携状態',
            value: (
              <Stack gap={4}>
                <Group gap="xs">
                  <CcusStatusBadge
                    status={worker.ccus_status}
                    errorCode={worker.ccus_error_code}
                    errorMessage={worker.ccus_error_message}
                  />
                  {worker.ccus_checked_at ? (
                    <Text size="xs" c="dimmed">
                      確認日時 {formatDateTime(worker.ccus_checked_at)}
                    </Text>
                  ) : null}
                </Group>
                {worker.ccus_error_message ? (
                  <Text size="sm" c="red" data-testid="ccus-error">
                    {worker.ccus_error_code ? `${worker.ccus_error_code} ` : ''}
                    {worker.ccus_error_message}
                  </Text>
                ) : null}
              </Stack>
            ),
          },
          { label: '建退共 被共済者番号', value: worker.kentaikyo_member_number },
        ]}
      />
      <FieldSection
        title="連絡先"
        rows={[
          ...[0, 1, 2].map((index) => ({
            label: `携帯電話番号 ${index + 1}台目`,
            value: worker.phones[index] ?? '',
          })),
          { label: 'メールアドレス', value: worker.email },
        ]}
      />
    </Stack>
  );
}
