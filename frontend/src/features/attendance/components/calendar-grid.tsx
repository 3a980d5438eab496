import { Box, Table } from '@mantine/core';

import type { CalendarWorker } from '../api/calendar';
import { daysOfMonth, WEEKDAYS } from '../utils/month';

import { CalendarDayCell } from './calendar-day-cell';
import classes from './calendar-grid.module.css';

// A month of 31 days fits the desk's 1440 px beside the menu: the name, the totals (two lines a
// header) and the business (wrapping) take about 330 px, a day 27 px.
const FIXED_WIDTH = 330;
const DAY_WIDTH = 27;

const WEEKDAY_COLORS: Record<number, string | undefined> = { 0: 'red', 6: 'blue' };

/**
 * 月別カレンダー: workers down, days across; each worked day shows its CCUS state. The name stays
 * put and the totals come before the days, so both are in view however far the days scroll.
 */
export function CalendarGrid({
  month,
  workers,
  businessName,
}: {
  month: string;
  workers: CalendarWorker[];
  businessName: (id: string) => string;
}) {
  const days = daysOfMonth(month);
  return (
    <Table.ScrollContainer minWidth={FIXED_WIDTH + days.length * DAY_WIDTH}>
      <Table withTableBorder withColumnBorders fz="sm" highlightOnHover aria-label="月別カレンダー">
        <Table.Thead>
          <Table.Tr>
            <Table.Th className={classes.name} data-sticky-name>
              技能者
            </Table.Th>
            <Table.Th ta="right" className={classes.total} data-total>
              就業
              <br />
              日数
            </Table.Th>
            <Table.Th ta="right" className={classes.total} data-total>
              CCUS
              <br />
              有効
            </Table.Th>
            <Table.Th className={classes.business}>事業者</Table.Th>
            {days.map((day) => (
              <Table.Th key={day.date} ta="center" px={1} w={DAY_WIDTH} c={WEEKDAY_COLORS[day.weekday]} data-day>
                <Box>{day.day}</Box>
                <Box fz="xs">{WEEKDAYS[day.weekday]}</Box>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {workers.map((worker) => (
            <Table.Tr key={worker.worker.id}>
              <Table.Td className={classes.name} data-sticky-name>
                {worker.worker.name}
              </Table.Td>
              <Table.Td ta="right" className={classes.total} data-total>
                {worker.total_days}
              </Table.Td>
              <Table.Td ta="right" className={classes.total} data-total>
                {worker.ccus_valid_days}
              </Table.Td>
              <Table.Td className={classes.business}>{businessName(worker.business_id)}</Table.Td>
              {days.map((day) => (
                <CalendarDayCell key={day.date} worker={worker} date={day.date} day={worker.days[day.date]} />
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
