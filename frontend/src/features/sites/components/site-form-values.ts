import type { Site } from '../api/sites';

import type { SiteFormValues } from './site-form-schema';

/** Fields the API's errors may name; anything else goes to the alert at the top. */
export const SITE_FIELDS = [
  'branch_id',
  'ccus_site_id',
  'code',
  'name',
  'phone',
  'postal_code',
  'prefecture_code',
  'city',
  'city_kana',
  'address',
  'period_start',
  'period_end',
  'work_location_memo',
  'work_locations',
  'structure_mode',
  'is_visible',
  'face_recognition',
  'uses_kentaikyo',
  'uses_legal_welfare',
  'uses_workers_comp',
] as const;

export const EMPTY_SITE: SiteFormValues = {
  branch_id: '',
  ccus_site_id: '',
  code: '',
  name: '',
  phone: '',
  postal_code: '',
  prefecture_code: null,
  city: '',
  city_kana: '',
  address: '',
  period_start: null,
  period_end: null,
  work_location_memo: false,
  work_locations: [],
  // The recommended mode: this system builds the structure from attendance and sends it.
  structure_mode: 'send',
  is_visible: true,
  face_recognition: false,
  uses_kentaikyo: false,
  uses_legal_welfare: false,
  uses_workers_comp: false,
};

export function siteToFormValues(site: Site): SiteFormValues {
  return {
    branch_id: site.branch_id,
    ccus_site_id: site.ccus_site_id ?? '',
    code: site.code,
    name: site.name,
    phone: site.phone ?? '',
    postal_code: site.postal_code ?? '',
    prefecture_code: site.prefecture_code,
    city: site.city,
    city_kana: site.city_kana ?? '',
    address: site.address ?? '',
    period_start: site.period_start,
    period_end: site.period_end,
    work_location_memo: site.work_location_memo,
    work_locations: site.work_locations.map((name) => ({ name })),
    structure_mode: site.structure_mode,
    is_visible: site.is_visible,
    face_recognition: site.face_recognition,
    uses_kentaikyo: site.uses_kentaikyo,
    uses_legal_welfare: site.uses_legal_welfare,
    uses_workers_comp: site.uses_workers_comp,
  };
}
