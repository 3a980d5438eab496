import { z } from 'zod';

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

// The work day's one CCUS vocabulary (the API's `ccus_state`).
export const CCUS_STATES = [
  'pending',
  'awaiting_result',
  'held',
  'succeeded',
  'rejected',
  'cancelled',
  'not_applicable',
] as const;
export const DAY_STATES = ['complete', 'open', 'exit_only'] as const;

export const attendanceSearchSchema = z.object({
  page: z.coerce.number().int().min(1).optional().catch(undefined),
  site_id: z.string().optional().catch(undefined),
  business_id: z.string().optional().catch(undefined),
  worker_id: z.string().optional().catch(undefined),
  date_from: date,
  date_to: date,
  ccus_state: z.enum(CCUS_STATES).optional().catch(undefined),
  state: z.enum(DAY_STATES).optional().catch(undefined),
});
export type AttendanceSearch = z.infer<typeof attendanceSearchSchema>;

export const manualEntrySearchSchema = z.object({
  site_id: z.string().optional().catch(undefined),
  worker_id: z.string().optional().catch(undefined),
  date: date,
});

export const calendarSearchSchema = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .catch(undefined),
  worker_id: z.string().optional().catch(undefined),
});
export type CalendarSearch = z.infer<typeof calendarSearchSchema>;
