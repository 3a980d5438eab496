import { Button, Group, Select } from '@mantine/core';
import { useEffect, useState } from 'react';

import { KIND_LABELS, KIND_ORDER, type OutboxKind } from '../labels';

const OPTIONS = KIND_ORDER.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));

/** 種別 with 検索 and クリア; the chosen kind lives in the URL. */
export function KindFilter({
  kind,
  onSearch,
}: {
  kind: OutboxKind | undefined;
  onSearch: (kind: OutboxKind | undefined) => void;
}) {
  const [value, setValue] = useState<string | null>(kind ?? null);
  useEffect(() => setValue(kind ?? null), [kind]);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSearch((value as OutboxKind | null) ?? undefined);
      }}
    >
      <Group align="flex-end" gap="xs" mb="md">
        <Select
          label="種別"
          placeholder="すべて"
          data={OPTIONS}
          value={value}
          onChange={setValue}
          clearable
          size="sm"
          w={200}
        />
        <Button type="submit" size="sm">
          検索
        </Button>
        <Button type="button" variant="default" size="sm" onClick={() => onSearch(undefined)}>
          クリア
        </Button>
      </Group>
    </form>
  );
}
