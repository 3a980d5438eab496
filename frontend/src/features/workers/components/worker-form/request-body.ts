import type { WorkerCreate, WorkerUpdate } from '../../api/workers';

import { digitsOnly } from './field-rules';
import type { WorkerFormValues } from './schema';

/** Which form row each sent array item came from (empty rows are not sent). */
export type RowIndex = { phones: number[]; occupation_ids: number[] };

type Fields = Omit<WorkerCreate, 'business_id'>;

const orNull = (value: string) => (value.trim() ? value.trim() : null);
const digitsOrNull = (value: string) => (value.trim() ? digitsOnly(value) : null);

function toFields(values: WorkerFormValues): { fields: Fields; rows: RowIndex } {
  const phones = values.phones
    .map((row, index) => ({ value: digitsOnly(row.value), index }))
    .filter((row) => row.value);
  const occupations = values.occupations.map((row, index) => ({ id: row.id, index })).filter((row) => row.id);
  const fields: Fields = {
    code: orNull(values.code),
    family_name: values.family_name.trim(),
    given_name: values.given_name.trim(),
    family_kana: values.family_kana.trim(),
    given_kana: values.given_kana.trim(),
    alias_family: orNull(values.alias_family),
    alias_given: orNull(values.alias_given),
    phones: phones.map((row) => row.value),
    email: orNull(values.email),
    birth_date: values.birth_date,
    blood_type: (orNull(values.blood_type) as Fields['blood_type']) ?? null,
    rh: (orNull(values.rh) as Fields['rh']) ?? null,
    kentaikyo_member_number: digitsOrNull(values.kentaikyo_member_number),
    ccus_worker_id: digitsOrNull(values.ccus_worker_id),
    verification_number: digitsOrNull(values.verification_number),
    employment_type_code: values.employment_type_code,
    primary_occupation_id: values.primary_occupation_id,
    occupation_ids: occupations.map((row) => row.id),
    position_code: orNull(values.position_code),
    permission: (orNull(values.permission) as Fields['permission']) ?? null,
    qualifications: values.qualifications.map((q) => ({
      name: q.name.trim(),
      number: orNull(q.number),
      acquired_on: orNull(q.acquired_on),
      expires_on: orNull(q.expires_on),
    })),
    sex: (orNull(values.sex) as Fields['sex']) ?? null,
    health_check_on: orNull(values.health_check_on),
    blood_pressure_high: values.blood_pressure_high === '' ? null : values.blood_pressure_high,
    blood_pressure_low: values.blood_pressure_low === '' ? null : values.blood_pressure_low,
    postal_code: digitsOrNull(values.postal_code),
    prefecture_code: orNull(values.prefecture_code),
    address: orNull(values.address),
    hired_on: orNull(values.hired_on),
    retired_on: orNull(values.retired_on),
  };
  return {
    fields,
    rows: { phones: phones.map((row) => row.index), occupation_ids: occupations.map((row) => row.index) },
  };
}

export function toCreateBody(values: WorkerFormValues): { body: WorkerCreate; rows: RowIndex } {
  const { fields, rows } = toFields(values);
  return { body: { ...fields, business_id: values.business_id }, rows };
}

/** Only the fields that differ from what the form opened with; an empty 本人確認番号 keeps the stored one. */
export function toUpdateBody(
  values: WorkerFormValues,
  initial: WorkerFormValues,
): { body: WorkerUpdate; rows: RowIndex } {
  const { fields, rows } = toFields(values);
  const { fields: before } = toFields(initial);
  const body: Record<string, unknown> = {};
  for (const key of Object.keys(fields) as (keyof Fields)[]) {
    if (key === 'verification_number' && fields[key] === null) continue;
    if (JSON.stringify(fields[key]) !== JSON.stringify(before[key])) body[key] = fields[key];
  }
  return { body: body, rows };
}

export const rowIndex = (values: WorkerFormValues): RowIndex => toFields(values).rows;
