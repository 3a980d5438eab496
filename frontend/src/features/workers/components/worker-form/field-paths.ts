import { emptyWorkerValues } from './form-values';
import type { RowIndex } from './request-body';

/** The body fields the API may name in a field error, for applyProblemToForm. */
export const BODY_FIELDS = [
  ...Object.keys(emptyWorkerValues()).filter((key) => key !== 'occupations'),
  'occupation_ids',
];

/** A field error's path in the body ("phones.1") as the form's field ("phones.1.value"). */
export function formPath(path: string, rows: RowIndex): string {
  const [root, index, ...rest] = path.split('.');
  const position = index === undefined ? undefined : Number(index);
  if (root === 'phones') {
    return position === undefined ? 'phones.root' : `phones.${rows.phones[position] ?? position}.value`;
  }
  if (root === 'occupation_ids') {
    return position === undefined ? 'occupations.root' : `occupations.${rows.occupation_ids[position] ?? position}.id`;
  }
  if (root === 'qualifications') {
    if (position === undefined) return 'qualifications.root';
    return rest.length ? path : `qualifications.${position}.name`;
  }
  return path;
}
