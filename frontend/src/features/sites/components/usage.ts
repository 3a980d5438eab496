/** 法定福利 / 現場労災 of a business on the site: 未 (not answered), 利用, なし. */
export const USAGE_VALUES = ['unset', 'used', 'unused'] as const;
export type UsageValue = (typeof USAGE_VALUES)[number];
export const USAGE_OPTIONS = [
  { value: 'unset', label: '未' },
  { value: 'used', label: '利用' },
  { value: 'unused', label: 'なし' },
];
export const usageValue = (flag: boolean | null | undefined): UsageValue =>
  flag === true ? 'used' : flag === false ? 'unused' : 'unset';
export const usageFlag = (value: UsageValue) => (value === 'used' ? true : value === 'unused' ? false : null);
export const usageText = (flag: boolean | null | undefined) =>
  USAGE_OPTIONS.find((option) => option.value === usageValue(flag))?.label ?? '未';
