import { Button, Card, Group, MultiSelect, Text, Title } from '@mantine/core';
import { useState } from 'react';

import { useCan } from '@/features/auth';
import { QueryState } from '@/components/page-states';
import { notifyError, notifySaved } from '@/lib/notify';

import { useSetSiteStaff, useSiteStaff, useStaffOptions, type StaffMember } from '../api/site-staff';

function StaffEditor({ siteId, current }: { siteId: string; current: StaffMember[] }) {
  const options = useStaffOptions();
  const save = useSetSiteStaff(siteId);
  const [chosen, setChosen] = useState(current.map((user) => user.id));
  const data = (options.data ?? []).map((user) => ({ value: user.id, label: user.name }));
  return (
    <Group align="end" gap="xs">
      <MultiSelect
        label="担当者"
        placeholder={chosen.length === 0 ? '担当者を選択' : undefined}
        searchable
        data={data}
        value={chosen}
        onChange={setChosen}
        miw={280}
        maw={560}
      />
      <Button
        loading={save.isPending}
        onClick={() =>
          save.mutate(chosen, {
            onSuccess: () => notifySaved('現場担当者を保存しました。'),
            onError: (error) => notifyError(error, '現場担当者を保存できませんでした'),
          })
        }
      >
        保存
      </Button>
    </Group>
  );
}

/** 現場担当者: the tenant's users in charge of the site; 現場一覧 filters by them. */
export function SiteStaffCard({ siteId }: { siteId: string }) {
  const staff = useSiteStaff(siteId);
  const canWrite = useCan('registry:write');
  return (
    <Card withBorder mt="md" maw={900}>
      <Title order={3} size="h5" mb="xs">
        現場担当者
      </Title>
      <QueryState query={staff}>
        {(current) =>
          canWrite ? (
            <StaffEditor siteId={siteId} current={current} />
          ) : (
            <Text size="sm">{current.map((user) => user.name).join('、') || '未設定'}</Text>
          )
        }
      </QueryState>
    </Card>
  );
}
