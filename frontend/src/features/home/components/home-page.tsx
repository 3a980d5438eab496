import { SimpleGrid } from '@mantine/core';

import { PageHeader } from '@/components/page-header';
import { todayInJapan } from '@/lib/format';

import { lastSevenDays } from '../labels';

import { CcusFailuresCard } from './ccus-failures-card';
import { IdChecksCard } from './id-checks-card';
import { MailFailuresCard } from './mail-failures-card';
import { ReservationsCard } from './reservations-card';
import { TodaySitesCard } from './today-sites-card';
import { WebhookFailuresCard } from './webhook-failures-card';

export function HomePage() {
  const today = todayInJapan();
  const week = lastSevenDays();
  return (
    <>
      <PageHeader title="お知らせ" />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <CcusFailuresCard from={week.from} to={week.to} />
        <IdChecksCard />
        <TodaySitesCard today={today} />
        <ReservationsCard />
        <WebhookFailuresCard />
        <MailFailuresCard />
      </SimpleGrid>
    </>
  );
}
