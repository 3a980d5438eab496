/** The ids the sites fixtures share, and their one timestamp. */
export const BRANCH_ID = '10000000-0000-4000-8000-000000000001';
export const SITE_ID = '20000000-0000-4000-8000-000000000001';
export const STAMP = '2026-01-01T00:00:00Z';
export const STAFF_ID = '77777777-7777-4777-8777-777777777777';
