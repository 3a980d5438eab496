import { TextInput } from '@mantine/core';

import { FormSection, useTextField } from './form-section';
import { PhonesFields } from './phones-fields';

export function ContactSection() {
  const text = useTextField();
  return (
    <FormSection title="連絡先">
      <PhonesFields />
      <TextInput
        label="メールアドレス"
        type="email"
        description="携帯電話番号、メールアドレスのどちらかは必ず入力して下さい。"
        {...text('email')}
      />
    </FormSection>
  );
}
