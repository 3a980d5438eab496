import type { BusinessCreate, BusinessUpdate } from '../api/businesses';

import { BUSINESS_FIELDS, type BusinessValues } from './business-schema';

type TextField = Exclude<keyof BusinessValues, 'branch_ids' | 'is_own_company'>;
// The form's text fields but the 本人確認番号, which an update sends only when typed in.
const TEXT_FIELDS = BUSINESS_FIELDS.filter(
  (field): field is Exclude<TextField, 'verification_number'> =>
    field !== 'branch_ids' && field !== 'is_own_company' && field !== 'verification_number',
);

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function toCreateBody(values: BusinessValues): BusinessCreate {
  return {
    branch_ids: values.branch_ids,
    code: orNull(values.code),
    name: values.name.trim(),
    name_kana: values.name_kana.trim(),
    phone: values.phone.trim(),
    email: orNull(values.email),
    postal_code: orNull(values.postal_code),
    prefecture_code: orNull(values.prefecture_code),
    address: orNull(values.address),
    fax: orNull(values.fax),
    representative_name: orNull(values.representative_name),
    office_name: orNull(values.office_name),
    kentaikyo_contract_number: orNull(values.kentaikyo_contract_number),
    ccus_business_id: orNull(values.ccus_business_id),
    verification_number: orNull(values.verification_number),
    is_own_company: values.is_own_company,
  };
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Only what changed, so a save never overwrites someone else's edit of another field.
 * An emptied optional field is sent as null (cleared); an empty 本人確認番号 keeps the stored one.
 */
export function toUpdateBody(initial: BusinessValues, values: BusinessValues): BusinessUpdate {
  const body: BusinessUpdate = {};
  if (!sameIds(initial.branch_ids, values.branch_ids)) body.branch_ids = values.branch_ids;
  if (initial.is_own_company !== values.is_own_company) body.is_own_company = values.is_own_company;
  // These cannot be cleared: a blank one is sent as it is, and the API names the field.
  const required = new Set<TextField>(['code', 'name', 'name_kana', 'phone']);
  const changedTexts = body as Record<TextField, string | null>;
  for (const field of TEXT_FIELDS) {
    if (initial[field].trim() === values[field].trim()) continue;
    changedTexts[field] = required.has(field) ? values[field].trim() : orNull(values[field]);
  }
  if (values.verification_number.trim() !== '') body.verification_number = values.verification_number.trim();
  return body;
}
