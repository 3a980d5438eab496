import type { components } from '@/api/schema';

type S = components['schemas'];

export const BLOOD_TYPE_OPTIONS: { value: S['BloodType']; label: string }[] = [
  { value: 'A', label: 'A型' },
  { value: 'B', label: 'B型' },
  { value: 'O', label: 'O型' },
  { value: 'AB', label: 'AB型' },
];
export const RH_OPTIONS: { value: S['RhFactor']; label: string }[] = [
  { value: '+', label: 'Rh+' },
  { value: '-', label: 'Rh-' },
];
export const SEX_OPTIONS: { value: S['Sex']; label: string }[] = [
  { value: 'male', label: '男性' },
  { value: 'female', label: '女性' },
  { value: 'unspecified', label: '未回答' },
];
export const PERMISSION_OPTIONS: { value: S['WorkerPermission']; label: string }[] = [
  { value: 'manager', label: '管理者' },
  { value: 'member', label: '一般' },
];

export function labelOf<T extends string>(options: { value: T; label: string }[], value: T | null | undefined) {
  if (!value) return '';
  return options.find((option) => option.value === value)?.label ?? value;
}

export function fullName(worker: { family_name: string; given_name: string }): string {
  return `${worker.family_name} ${worker.given_name}`;
}

export function fullKana(worker: { family_kana: string; given_kana: string }): string {
  return `${worker.family_kana} ${worker.given_kana}`;
}
