import type { Site, SiteCreate, SiteUpdate } from '../api/sites';

import { changedFields } from './changed-fields';
import type { SiteFormValues } from './site-form-schema';
import { siteToFormValues } from './site-form-values';

const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function formValuesToBody(values: SiteFormValues): SiteCreate {
  return {
    branch_id: values.branch_id,
    ccus_site_id: blankToNull(values.ccus_site_id),
    code: values.code.trim(),
    name: values.name.trim(),
    phone: blankToNull(values.phone),
    postal_code: blankToNull(values.postal_code),
    prefecture_code: values.prefecture_code,
    city: values.city.trim(),
    city_kana: blankToNull(values.city_kana),
    address: blankToNull(values.address),
    period_start: values.period_start,
    period_end: values.period_end,
    work_location_memo: values.work_location_memo,
    work_locations: values.work_locations.map((location) => location.name.trim()),
    structure_mode: values.structure_mode,
    is_visible: values.is_visible,
    face_recognition: values.face_recognition,
    uses_kentaikyo: values.uses_kentaikyo,
    uses_legal_welfare: values.uses_legal_welfare,
    uses_workers_comp: values.uses_workers_comp,
  };
}

export function siteChanges(site: Site, values: SiteFormValues): SiteUpdate {
  return changedFields(formValuesToBody(siteToFormValues(site)), formValuesToBody(values));
}
