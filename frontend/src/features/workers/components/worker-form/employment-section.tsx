import { Alert, SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';

import { formatDate } from '@/lib/format';

import { DateFormField } from './controlled';
import { FormSection } from './form-section';
import type { WorkerFormValues } from './schema';

/** 入社日 and 退職日: entering 退職日 retires the worker, which frees the phones and CCUS ID. */
export function EmploymentSection({ retiredOn }: { retiredOn: string | null }) {
  const retired = useWatch<WorkerFormValues, 'retired_on'>({ name: 'retired_on' });
  let notice: ReactNode = null;
  if (retiredOn && retired) {
    notice = (
      <Alert color="gray" title="退職済み">
        この技能者は {formatDate(retiredOn)} に退職しています。
      </Alert>
    );
  } else if (retiredOn && !retired) {
    notice = (
      <Alert color="yellow" title="退職を取り消します">
        退職日を空欄にして保存すると、この技能者は在籍に戻ります。
      </Alert>
    );
  } else if (retired) {
    notice = (
      <Alert color="orange" title="退職として登録されます" data-testid="retirement-notice">
        退職日を入力して保存すると、この技能者は退職となります。携帯電話番号とCCUS技能者IDは、別の事業者の技能者として登録できるようになります。
      </Alert>
    );
  }
  return (
    <FormSection title="在籍">
      <SimpleGrid cols={2} spacing="sm">
        <DateFormField name="hired_on" label="入社日" />
        <DateFormField
          name="retired_on"
          label="退職日"
          description="退職した場合に入力します(日付は正確でなくても構いません)。"
        />
      </SimpleGrid>
      {notice}
    </FormSection>
  );
}
