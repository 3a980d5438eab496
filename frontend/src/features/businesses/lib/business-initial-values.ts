import type { Business } from '../api/businesses';

import type { BusinessValues } from './business-schema';

export const EMPTY_BUSINESS: BusinessValues = {
  branch_ids: [],
  code: '',
  name: '',
  name_kana: '',
  phone: '',
  email: '',
  postal_code: '',
  prefecture_code: '',
  address: '',
  fax: '',
  representative_name: '',
  office_name: '',
  kentaikyo_contract_number: '',
  ccus_business_id: '',
  verification_number: '',
  is_own_company: false,
};

/** The form's values for a saved business; 本人確認番号 starts empty (the API only sends a mask). */
export function valuesFromBusiness(business: Business): BusinessValues {
  return {
    branch_ids: [...business.branch_ids],
    code: business.code,
    name: business.name,
    name_kana: business.name_kana,
    phone: business.phone,
    email: business.email ?? '',
    postal_code: business.postal_code ?? '',
    prefecture_code: business.prefecture_code ?? '',
    address: business.address ?? '',
    fax: business.fax ?? '',
    representative_name: business.representative_name ?? '',
    office_name: business.office_name ?? '',
    kentaikyo_contract_number: business.kentaikyo_contract_number ?? '',
    ccus_business_id: business.ccus_business_id ?? '',
    verification_number: '',
    is_own_company: business.is_own_company,
  };
}
