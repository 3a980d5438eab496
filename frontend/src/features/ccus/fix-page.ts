import { useEffect } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';

import { entryCode } from './api/outbox-types';
import { useOutboxEntry } from './api/outbox';
import { fixFieldFor, type FixEntity } from './fix-fields';

export type FixMark = { name: string; message: string };

/** The field of this form that a fix link points at, with the line that marks it. */
export function useFixMark(fixId: string | undefined, entity: FixEntity): FixMark | undefined {
  const entry = useOutboxEntry(fixId);
  if (!entry.data) return undefined;
  const field = fixFieldFor(entry.data);
  if (!field?.field || field.entity !== entity) return undefined;
  return { name: field.field, message: `${entryCode(entry.data) ?? ''} の原因です。正しい値に直してください。`.trim() };
}

/** Marks the field to fix as in error and puts the cursor in it, once it is known. */
export function useMarkFixField<T extends FieldValues>(form: UseFormReturn<T>, mark: FixMark | undefined): void {
  const name = mark?.name;
  const message = mark?.message;
  useEffect(() => {
    if (!name || !message) return;
    form.setError(name as Path<T>, { type: 'ccus', message }, { shouldFocus: true });
  }, [form, name, message]);
}

/**
 * Where a fix page goes after saving: back to the list it came from (a path of this app only),
 * telling it which record was fixed so it can show that record's new state.
 */
export function fixReturnHref(back: string | undefined, fixId: string | undefined): string | undefined {
  if (!back || !back.startsWith('/') || back.startsWith('//')) return undefined;
  if (!fixId) return back;
  const url = new URL(back, 'http://genba.invalid');
  url.searchParams.set('fixed', fixId);
  return `${url.pathname}${url.search}${url.hash}`;
}

export const RECHECK_MESSAGE = 'CCUSで再確認しています。○になると保留・失敗の就業履歴と施工体制を自動で再送します';

/** What to say after saving a site, business or worker: the re-check when its PATCH queued one. */
export function savedMessage(saved: unknown, otherwise?: string): string | undefined {
  const recheck =
    typeof saved === 'object' && saved !== null && 'ccus_recheck' in saved ? saved.ccus_recheck : undefined;
  return recheck === 'queued' ? `保存しました。${RECHECK_MESSAGE}。` : otherwise;
}
