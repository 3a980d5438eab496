import { Badge } from '@mantine/core';

import { usePrefectures } from '@/features/masters';
import { formatDate, formatDateTime } from '@/lib/format';

import { BLOOD_TYPE_OPTIONS, RH_OPTIONS, labelOf } from '../../api/labels';
import type { Worker } from '../../api/workers';

import { FieldSection } from './field-table';
import { nameOf } from './name-of';

function bloodLabel(worker: Worker) {
  const type = labelOf(BLOOD_TYPE_OPTIONS, worker.blood_type);
  const rh = labelOf(RH_OPTIONS, worker.rh);
  return [type, rh].filter(Boolean).join(' ');
}

/** 健康, 住所 and 在籍. */
export function OtherSections({ worker }: { worker: Worker }) {
  const prefectures = usePrefectures();
  return (
    <>
      <FieldSection
        title="健康"
        rows={[
          { label: '血液型', value: bloodLabel(worker) },
          { label: '最近の健康診断日', value: formatDate(worker.health_check_on) },
          { label: '血圧・上', value: worker.blood_pressure_high ?? '' },
          { label: '血圧・下', value: worker.blood_pressure_low ?? '' },
        ]}
      />
      <FieldSection
        title="住所"
        rows={[
          { label: '郵便番号', value: worker.postal_code },
          { label: '都道府県', value: nameOf(prefectures.data, worker.prefecture_code) },
          { label: '住所', value: worker.address },
        ]}
      />
      <FieldSection
        title="在籍"
        rows={[
          {
            label: '在籍状況',
            value: worker.is_retired ? (
              <Badge color="gray">退職</Badge>
            ) : (
              <Badge color="green" variant="light">
                在籍
              </Badge>
            ),
          },
          { label: '入社日', value: formatDate(worker.hired_on) },
          { label: '退職日', value: formatDate(worker.retired_on) },
          { label: '登録日時', value: formatDateTime(worker.created_at) },
          { label: '更新日時', value: formatDateTime(worker.updated_at) },
        ]}
      />
    </>
  );
}
