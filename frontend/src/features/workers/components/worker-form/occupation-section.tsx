import { PositionSelect } from '@/features/masters';

import { PickerField } from './controlled';
import { FormSection } from './form-section';
import { OccupationsFields } from './occupations-fields';
import { QualificationsFields } from './qualifications-fields';

export function OccupationSection() {
  return (
    <FormSection title="職種・資格">
      <OccupationsFields />
      <PickerField name="position_code" render={(picker) => <PositionSelect label="立場" {...picker} />} />
      <QualificationsFields />
    </FormSection>
  );
}
