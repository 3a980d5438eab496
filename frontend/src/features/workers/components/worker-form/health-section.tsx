import { SimpleGrid } from '@mantine/core';

import { BLOOD_TYPE_OPTIONS, RH_OPTIONS } from '../../api/labels';

import { DateFormField, NumberFormField, OptionsField } from './controlled';
import { FormSection } from './form-section';

export function HealthSection() {
  return (
    <FormSection title="健康">
      <SimpleGrid cols={2} spacing="sm">
        <OptionsField name="blood_type" label="血液型" data={BLOOD_TYPE_OPTIONS} />
        <OptionsField name="rh" label="RH因子" data={RH_OPTIONS} />
        <DateFormField name="health_check_on" label="最近の健康診断日" />
        <div />
        <NumberFormField name="blood_pressure_high" label="血圧・上" min={40} max={300} />
        <NumberFormField name="blood_pressure_low" label="血圧・下" min={20} max={200} />
      </SimpleGrid>
    </FormSection>
  );
}
