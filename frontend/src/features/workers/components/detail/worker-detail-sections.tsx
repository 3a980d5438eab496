import { SimpleGrid } from '@mantine/core';

import type { Worker } from '../../api/workers';

import { BasicSection } from './basic-section';
import { CcusContactSections } from './ccus-contact-sections';
import { OccupationSection } from './occupation-section';
import { OtherSections } from './other-sections';

/** 技能者情報's sections, two columns at the desk. */
export function WorkerDetailSections({ worker }: { worker: Worker }) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <BasicSection worker={worker} />
      <CcusContactSections worker={worker} />
      <OccupationSection worker={worker} />
      <OtherSections worker={worker} />
    </SimpleGrid>
  );
}
