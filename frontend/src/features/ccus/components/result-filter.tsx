import { Button, Group, Select } from '@mantine/core';
import { useEffect, useState } from 'react';

type Result = 'invalid' | undefined;
const OPTIONS = [
  { value: 'all', label: 'すべて' },
  { value: 'invalid', label: '失敗のみ' },
];

/** 結果 with 検索 and クリア; the API filters failed IDs only, so the choice is all or failed. */
export function ResultFilter({ result, onSearch }: { result: Result; onSearch: (result: Result) => void }) {
  const [value, setValue] = useState<string>(result ?? 'all');
  useEffect(() => setValue(result ?? 'all'), [result]);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(value === 'invalid' ? 'invalid' : undefined);
      }}
    >
      <Group align="flex-end" gap="xs" mb="md">
        <Select
          label="結果"
          data={OPTIONS}
          value={value}
          onChange={(next) => setValue(next ?? 'all')}
          allowDeselect={false}
          size="sm"
          w={160}
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
