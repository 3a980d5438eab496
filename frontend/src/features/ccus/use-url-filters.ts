import { useState, type ChangeEvent, type FormEvent } from 'react';

type TextKeys<T> = { [K in keyof T]-?: NonNullable<T[K]> extends string ? K : never }[keyof T];

/**
 * A list's filter form over its URL search: a draft edited field by field, put in the URL by 絞り込む
 * (the form's submit), emptied by クリア. `text(key)` binds a text or date input to one field (blank: unset).
 */
export function useUrlFilters<T extends object>(search: T, onSearch: (filters: T) => void, onClear?: () => void) {
  const [draft, setDraft] = useState<T>(search);
  const set = (patch: Partial<T>) => setDraft((prev) => ({ ...prev, ...patch }));
  return {
    draft,
    set,
    text: (key: TextKeys<T>) => ({
      value: (draft[key] as string | undefined) ?? '',
      onChange: (event: ChangeEvent<HTMLInputElement>) =>
        set({ [key]: event.currentTarget.value.trim() || undefined } as Partial<T>),
    }),
    onSubmit: (event: FormEvent) => {
      event.preventDefault();
      onSearch(draft);
    },
    clear: () => {
      setDraft({} as T);
      onClear?.();
      onSearch({} as T);
    },
  };
}
