import { SimpleGrid, TextInput } from '@mantine/core';

import { useBusinessText } from './use-business-text';

/** FAX, 代表者, 営業所 and 建退共 共済契約者番号. */
export function BusinessOfficeFields() {
  const text = useBusinessText();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="FAX番号" inputMode="tel" {...text('fax')} />
        <TextInput
          label="代表者名"
          description="CCUS未加入(CCUS事業者IDなし)の場合は必須です。"
          {...text('representative_name')}
        />
        <TextInput label="営業所名(会社名)" {...text('office_name')} />
        <TextInput
          label="建退共 共済契約者番号"
          description="建退共: 半角数字で入力してください。"
          inputMode="numeric"
          {...text('kentaikyo_contract_number')}
        />
      </SimpleGrid>
    </>
  );
}
