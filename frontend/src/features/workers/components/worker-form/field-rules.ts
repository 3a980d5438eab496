import { z } from 'zod';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const KANA = /^[\u30A1-\u30FA\u30FC\u30FB A-Za-z0-9().,&'-]+$/;

/** Hyphens, spaces and brackets are formatting, and full-width digits count (as the API reads them). */
export const digitsOnly = (value: string) => value.normalize('NFKC').replace(/[\s\-‐‑‒–—―ー－()（）〒]/g, '');
const toKatakana = (value: string) =>
  value
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .replace(/[\u3041-\u3096]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0x60));

const tooLong = (max: number) => `${max}文字以内で入力してください。`;
export const text = (max: number) => z.string().trim().max(max, tooLong(max));
export const required = (max: number, message: string) => z.string().trim().min(1, message).max(max, tooLong(max));
export const kana = (message: string) =>
  required(100, message).refine((value) => KANA.test(toKatakana(value)), 'カタカナで入力してください。');
export const date = z.string().refine((value) => value === '' || DATE.test(value), '日付の形式が正しくありません。');
export const pressure = (min: number, max: number) =>
  z.union([
    z.literal(''),
    z
      .number({ error: '数値で入力してください。' })
      .int('整数で入力してください。')
      .min(min, `${min}以上で入力してください。`)
      .max(max, `${max}以下で入力してください。`),
  ]);
export const digitsPattern = (pattern: RegExp, message: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === '' || pattern.test(digitsOnly(value)), message);
