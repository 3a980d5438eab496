import { Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import { formatDate } from '@/lib/format';

import type { OutboxEntry } from '../api/results';
import type { FixTarget } from '../fix-targets';
import type { IdCheckTable } from '../labels';

import { AnchorLink } from '@/components/links';

export function FixLink({ target }: { target: FixTarget }) {
  switch (target.type) {
    case 'worker':
      return (
        <AnchorLink to="/workers/$workerId/edit" params={{ workerId: target.id }}>
          {target.label}
        </AnchorLink>
      );
    case 'business':
      return (
        <AnchorLink to="/businesses/$businessId/edit" params={{ businessId: target.id }}>
          {target.label}
        </AnchorLink>
      );
    case 'site':
      return (
        <AnchorLink to="/sites/$siteId/edit" params={{ siteId: target.id }}>
          {target.label}
        </AnchorLink>
      );
    case 'structure':
      return (
        <AnchorLink to="/sites/$siteId" params={{ siteId: target.id }} search={{ tab: 'structure' }}>
          {target.label}
        </AnchorLink>
      );
    case 'work_day':
      return (
        <AnchorLink to="/attendance/$workDayId" params={{ workDayId: target.id }}>
          {target.label}
        </AnchorLink>
      );
  }
}

/** The edit page of a site, business or worker, by the table it lives in. */
export function EditLink({ table, id, children }: { table: IdCheckTable; id: string; children: ReactNode }) {
  switch (table) {
    case 'sites':
      return (
        <AnchorLink to="/sites/$siteId/edit" params={{ siteId: id }}>
          {children}
        </AnchorLink>
      );
    case 'businesses':
      return (
        <AnchorLink to="/businesses/$businessId/edit" params={{ businessId: id }}>
          {children}
        </AnchorLink>
      );
    case 'workers':
      return (
        <AnchorLink to="/workers/$workerId/edit" params={{ workerId: id }}>
          {children}
        </AnchorLink>
      );
  }
}

export function RemoteLink({ table, id }: { table: IdCheckTable; id: string }) {
  return (
    <AnchorLink to="/ccus/remote/$table/$entityId" params={{ table, entityId: id }}>
      CCUS取得
    </AnchorLink>
  );
}

/** What a send is about: the site, business, worker and day it carries. */
export function EntryTarget({ entry }: { entry: OutboxEntry }) {
  const lines: { label: string; value: string }[] = [];
  if (entry.site?.name || entry.site?.ccus_id)
    lines.push({ label: '現場', value: entry.site.name ?? entry.site.ccus_id ?? '' });
  if (entry.business?.name || entry.business?.ccus_id)
    lines.push({ label: '事業者', value: entry.business.name ?? entry.business.ccus_id ?? '' });
  if (entry.worker?.name || entry.worker?.ccus_id)
    lines.push({ label: '技能者', value: entry.worker.name ?? entry.worker.ccus_id ?? '' });
  if (entry.work_date) lines.push({ label: '入退場日', value: formatDate(entry.work_date) });
  if (lines.length === 0)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Stack gap={0}>
      {lines.map((line) => (
        <Group key={line.label} gap={4} wrap="nowrap">
          <Text size="xs" c="dimmed">
            {line.label}
          </Text>
          <Text size="sm">{line.value}</Text>
        </Group>
      ))}
    </Stack>
  );
}
