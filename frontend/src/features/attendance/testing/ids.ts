/** The ids every attendance fixture shares, and the fields each record carries. */
export const SITE_ID = '11111111-1111-4111-8111-111111111111';
export const BUSINESS_ID = '22222222-2222-4222-8222-222222222222';
export const WORKER_ID = '33333333-3333-4333-8333-333333333333';
export const WORKER2_ID = '33333333-3333-4333-8333-444444444444';
export const WORK_DAY_ID = '44444444-4444-4444-8444-444444444444';
export const OCCUPATION_ID = '55555555-5555-4555-8555-555555555555';
export const OCCUPATION2_ID = '55555555-5555-4555-8555-666666666666';

export const stamps = { created_at: '2024-09-01T00:00:00Z', updated_at: '2024-09-01T00:00:00Z' };
export const ccusOk = {
  ccus_status: 'synced',
  ccus_state: 'succeeded',
  ccus_hold_code: null,
  ccus_checked_at: null,
  ccus_error_code: null,
  ccus_error_message: null,
} as const;
