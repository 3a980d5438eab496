import { z } from 'zod';

export const attendanceSearchSchema = z.object({
  page: z.coerce.number().int().min(1).optional().catch(undefined),
  site_id: z.string().optional().catch(undefined),
  business_id: z.string().optional().catch(undefined),
  worker_id: z.string().optional().catch(undefined),
  date_from: z.string().optional().catch(undefined),
  date_to: z.string().optional().catch(undefined),
  ccus_status: z.string().optional().catch(undefined),
  state: z.string().optional().catch(undefined),
});
export type AttendanceSearch = z.infer<typeof attendanceSearchSchema>;

export const manualEntrySearchSchema = z.object({
  site_id: z.string().optional().catch(undefined),
  worker_id: z.string().optional().catch(undefined),
  date: z.string().optional().catch(undefined),
});

export const calendarSearchSchema = z.object({
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional()
    .catch(undefined),
  worker_id: z.string().optional().catch(undefined),
});
export type CalendarSearch = z.infer<typeof calendarSearchSchema>;
