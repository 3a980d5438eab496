import { z } from 'zod';

import { ApiError } from '@/lib/problem';

import type { Permit, PermitBody } from '../../api/permits';
import { TRADES } from '../../lib/permit-labels';

const TRADE_VALUES = TRADES.map((trade) => trade.value) as [PermitBody['trades'][number], ...PermitBody['trades']];

export const permitSchema = z
  .object({
    authority: z.enum(['minister', 'governor']),
    prefecture_code: z.string().nullable(),
    grade: z.enum(['general', 'special']),
    number: z
      .number({ message: '許可番号を入力してください。' })
      .int()
      .min(1, '1〜999999で入力してください。')
      .max(999_999, '1〜999999で入力してください。'),
    trades: z.array(z.enum(TRADE_VALUES)).min(1, '業種を1つ以上選択してください。'),
    expires_on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '有効期限を入力してください。'),
  })
  .refine((values) => values.authority === 'minister' || Boolean(values.prefecture_code), {
    path: ['prefecture_code'],
    message: '知事許可の場合は都道府県を選択してください。',
  });
export type PermitValues = z.infer<typeof permitSchema>;
export const PERMIT_FIELDS = ['authority', 'prefecture_code', 'grade', 'number', 'trades', 'expires_on'] as const;

export function permitDefaults(permit?: Permit): PermitValues {
  return {
    authority: permit?.authority ?? 'governor',
    prefecture_code: permit?.prefecture_code ?? null,
    grade: permit?.grade ?? 'general',
    number: permit?.number ?? (undefined as unknown as number),
    trades: (permit?.trades ?? []) as PermitValues['trades'],
    expires_on: permit?.expires_on ?? '',
  };
}

/** A 大臣許可 names no prefecture, whatever was chosen before switching. */
export const permitBody = (values: PermitValues): PermitBody => ({
  ...values,
  prefecture_code: values.authority === 'minister' ? null : values.prefecture_code,
});

/** The API names the repeated 業種 by its index; the form shows it on the one 業種 field. */
export function onTradesField(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const errors = (error.problem.errors ?? []).map((fieldError) =>
    fieldError.loc[0] === 'body' && fieldError.loc[1] === 'trades'
      ? { ...fieldError, loc: ['body', 'trades'] }
      : fieldError,
  );
  return new ApiError({ ...error.problem, errors });
}
