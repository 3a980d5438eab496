import { Card, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One お知らせ panel; each loads on its own, so one failing source does not hide the others. */
export function NoticeCard({ title, link, children }: { title: string; link?: ReactNode; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5">
          {title}
        </Title>
        {link}
      </Group>
      {children}
    </Card>
  );
}
