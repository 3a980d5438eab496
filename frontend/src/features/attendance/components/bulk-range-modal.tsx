import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';

import { checkRange } from '../utils/bulk-schema';
import { todayInJapan } from '../utils/entry-defaults';

/** 入退場日付一括変更: one date range for every row, each keeping its own times. */
export function BulkRangeModal({
  opened,
  from,
  to,
  onApply,
  onClose,
}: {
  opened: boolean;
  from: string;
  to: string;
  onApply: (from: string, to: string) => void;
  onClose: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="入退場日付一括変更">
      {opened ? <RangeForm from={from} to={to} onApply={onApply} onClose={onClose} /> : null}
    </Modal>
  );
}

function RangeForm({
  from,
  to,
  onApply,
  onClose,
}: {
  from: string;
  to: string;
  onApply: (from: string, to: string) => void;
  onClose: () => void;
}) {
  const [start, setStart] = useState(from);
  const [end, setEnd] = useState(to);
  const [error, setError] = useState<string | null>(null);
  return (
    <Stack>
      <Text size="sm">
        すべての行の入場日と最終日をこの期間に変更します。各行の時刻はそのまま、1日ごとに就業履歴を登録します。
      </Text>
      <Group grow align="flex-start">
        <TextInput type="date" label="入場日" value={start} onChange={(event) => setStart(event.currentTarget.value)} />
        <TextInput
          type="date"
          label="最終日"
          value={end}
          onChange={(event) => setEnd(event.currentTarget.value)}
          error={error}
        />
      </Group>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          キャンセル
        </Button>
        <Button
          onClick={() => {
            const problem = checkRange(start, end, todayInJapan());
            if (problem) {
              setError(problem);
              return;
            }
            onApply(start, end);
          }}
        >
          変更
        </Button>
      </Group>
    </Stack>
  );
}
