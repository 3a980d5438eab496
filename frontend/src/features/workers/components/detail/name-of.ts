/** A master code's name (雇用区分, 立場, 都道府県); the code itself while the master loads. */
export function nameOf(list: { code: string; name: string }[] | undefined, code: string | null) {
  if (!code) return '';
  return list?.find((item) => item.code === code)?.name ?? code;
}
