import { useFormContext } from 'react-hook-form';

import type { BusinessValues } from '../lib/business-schema';

type TextName = Exclude<keyof BusinessValues, 'branch_ids' | 'is_own_company' | 'prefecture_code'>;

/** A text box's registration and its error message. */
export function useBusinessText() {
  const { register, formState } = useFormContext<BusinessValues>();
  return (name: TextName) => ({ ...register(name), error: formState.errors[name]?.message });
}
