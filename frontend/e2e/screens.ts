import type { Page } from 'playwright-core';

import { BASE_URL } from './browser';

/** The ids a detail screen needs, read once from the demo data through the API. */
export type DemoIds = {
  site: string;
  business: string;
  worker: string;
  workDay: string;
  /** A month (YYYY-MM) the site has work days in: the current one is empty on the 1st in Japan. */
  siteMonth: string;
  importJob: string | null;
};

/**
 * One screen of the SPA: where it is, what shows it has loaded, and the elements staff must see
 * without scrolling sideways (at both sizes).
 */
export type Screen = {
  name: string;
  path: (ids: DemoIds) => string;
  /** CSS selectors whose every match must lie inside the viewport's width. */
  keys: string[];
  /** Further selectors that must lie inside the viewport at the desk only (a phone may scroll them). */
  deskKeys?: string[];
  /** A selector that is present once the screen's data has arrived. */
  ready: string;
  /** Data the screen needs that the demo does not have, made through the API (idempotent). */
  prepare?: (page: Page) => Promise<void>;
};

/** A pending invitation in the demo tenant, so 招待中 has a row (a second call answers 409). */
async function pendingInvitation(page: Page): Promise<void> {
  await page.evaluate(async (base) => {
    const token = sessionStorage.getItem('genba.token') ?? '';
    const response = await fetch(`${base}/api/v1/users/invitations`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'layout-invitee@example.com', name: '招待 表示子', role: 'viewer' }),
    });
    if (!response.ok && response.status !== 409) throw new Error(`invitation: ${response.status}`);
  }, BASE_URL);
}

const ACTIONS = 'main td[data-action] a, main td[data-action] button';
const HEADING = 'main h1, main h2';
const BADGES = 'main .mantine-Badge-root';
const SUBMIT = 'main button[type=submit]';

export const SCREENS: Screen[] = [
  { name: 'home', path: () => '/', ready: HEADING, keys: [HEADING] },
  { name: 'my-page', path: () => '/me', ready: HEADING, keys: [HEADING, 'main button'] },
  { name: 'sites', path: () => '/sites', ready: 'main tbody tr', keys: [ACTIONS, BADGES, HEADING] },
  { name: 'site-new', path: () => '/sites/new', ready: SUBMIT, keys: [SUBMIT, 'main input'] },
  { name: 'site-info', path: ({ site }) => `/sites/${site}`, ready: 'main table', keys: [HEADING, 'main [role=tab]'] },
  {
    name: 'site-structure',
    path: ({ site }) => `/sites/${site}?tab=structure`,
    ready: 'main tbody tr',
    keys: [ACTIONS, 'main [role=tab]'],
  },
  {
    name: 'site-workers',
    path: ({ site }) => `/sites/${site}?tab=workers`,
    ready: 'main tbody tr',
    keys: [ACTIONS, HEADING],
  },
  { name: 'site-edit', path: ({ site }) => `/sites/${site}/edit`, ready: SUBMIT, keys: [SUBMIT, 'main input'] },
  {
    name: 'site-calendar',
    path: ({ site, siteMonth }) => `/sites/${site}/calendar?month=${siteMonth}`,
    ready: 'main tbody tr',
    keys: ['main [data-sticky-name]', 'main th[data-total]', 'main td[data-total]'],
    // The whole month at 1440 px: the last days were hidden to the right.
    deskKeys: ['main th[data-day]'],
  },
  { name: 'businesses', path: () => '/businesses', ready: 'main tbody tr', keys: [ACTIONS, HEADING] },
  { name: 'business-new', path: () => '/businesses/new', ready: SUBMIT, keys: [SUBMIT, 'main input'] },
  {
    name: 'business-detail',
    path: ({ business }) => `/businesses/${business}`,
    ready: 'main table',
    keys: [HEADING, BADGES],
  },
  {
    name: 'business-edit',
    path: ({ business }) => `/businesses/${business}/edit`,
    ready: SUBMIT,
    keys: [SUBMIT, 'main input'],
  },
  {
    name: 'business-permits',
    path: ({ business }) => `/businesses/${business}/permits`,
    ready: HEADING,
    keys: [HEADING, 'main button'],
  },
  { name: 'workers', path: () => '/workers', ready: 'main tbody tr', keys: [ACTIONS, HEADING] },
  { name: 'worker-new', path: () => '/workers/new', ready: SUBMIT, keys: [SUBMIT, 'main input'] },
  { name: 'worker-detail', path: ({ worker }) => `/workers/${worker}`, ready: 'main table', keys: [HEADING, BADGES] },
  {
    name: 'worker-edit',
    path: ({ worker }) => `/workers/${worker}/edit`,
    ready: SUBMIT,
    keys: [SUBMIT, 'main input'],
  },
  { name: 'imports', path: () => '/imports', ready: SUBMIT, keys: [SUBMIT, HEADING] },
  {
    name: 'import-detail',
    path: ({ importJob }) => (importJob ? `/imports/${importJob}` : '/imports'),
    ready: HEADING,
    keys: [HEADING],
  },
  { name: 'attendance', path: () => '/attendance', ready: 'main tbody tr', keys: [ACTIONS, BADGES, HEADING] },
  { name: 'attendance-new', path: () => '/attendance/new', ready: SUBMIT, keys: [SUBMIT, 'main input'] },
  { name: 'attendance-bulk', path: () => '/attendance/bulk', ready: HEADING, keys: [HEADING, 'main input'] },
  {
    name: 'attendance-edit',
    path: ({ workDay }) => `/attendance/${workDay}`,
    ready: SUBMIT,
    keys: [SUBMIT, 'main input'],
  },
  { name: 'ccus-results', path: () => '/ccus/results', ready: 'main tbody tr', keys: [HEADING, 'main tbody a'] },
  {
    name: 'ccus-failures',
    path: () => '/ccus/results?kind=work_day',
    ready: 'main section tbody tr',
    keys: [ACTIONS, BADGES],
  },
  { name: 'ccus-id-checks', path: () => '/ccus/id-checks', ready: 'main table', keys: [HEADING, 'main button'] },
  {
    name: 'ccus-id-check-workers',
    path: () => '/ccus/id-checks/workers',
    ready: 'main tbody tr',
    keys: [ACTIONS, BADGES],
  },
  { name: 'ccus-reservations', path: () => '/ccus/reservations', ready: HEADING, keys: [HEADING] },
  {
    name: 'ccus-remote',
    path: ({ worker }) => `/ccus/remote/workers/${worker}`,
    ready: HEADING,
    keys: [HEADING],
  },
  { name: 'masters', path: () => '/masters', ready: 'main tbody tr', keys: [HEADING, 'main [role=tab]', BADGES] },
  // The row's actions wait for the role (useCan), which may arrive after the rows.
  { name: 'branches', path: () => '/branches', ready: ACTIONS, keys: [ACTIONS, HEADING] },
  { name: 'users', path: () => '/admin/users', ready: 'main tbody tr', keys: [ACTIONS, HEADING] },
  {
    name: 'users-invitations',
    path: () => '/admin/users',
    prepare: pendingInvitation,
    ready: 'main section[aria-label=招待中] tbody tr',
    keys: ['main section[aria-label=招待中] td[data-action] button', BADGES],
  },
  {
    name: 'users-invite',
    path: () => '/admin/users?invite=1',
    ready: '[role=dialog] button[type=submit]',
    keys: ['[role=dialog] input', '[role=dialog] button[type=submit]'],
  },
  { name: 'api-keys', path: () => '/admin/api-keys', ready: HEADING, keys: [HEADING, 'main button'] },
  // The emailed links' screens (a token that is never checked until the form is sent).
  {
    name: 'invitation',
    path: () => '/invitation#token=layout-suite-token',
    ready: SUBMIT,
    keys: [SUBMIT, 'main input'],
  },
  { name: 'forgot-password', path: () => '/forgot-password', ready: SUBMIT, keys: [SUBMIT, 'main input'] },
  {
    name: 'reset-password',
    path: () => '/reset-password#token=layout-suite-token',
    ready: SUBMIT,
    keys: [SUBMIT, 'main input'],
  },
  {
    name: 'email-change',
    path: () => '/email-change#token=layout-suite-token',
    ready: SUBMIT,
    keys: [SUBMIT, HEADING],
  },
  {
    name: 'api-keys-webhooks',
    path: () => '/admin/api-keys',
    ready: 'main section[aria-label=Webhook] h2',
    keys: ['main section[aria-label=Webhook] h2', 'main section[aria-label=Webhook] button'],
  },
];

/** The demo's first site, business, worker, work day and import, through the API as the SPA calls it. */
export async function demoIds(page: Page): Promise<DemoIds> {
  return page.evaluate(async (base) => {
    const token = sessionStorage.getItem('genba.token') ?? '';
    const first = async (path: string): Promise<string | null> => {
      const response = await fetch(`${base}/api/v1/${path}`, { headers: { Authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      const body = (await response.json()) as { items: { id: string }[] };
      return body.items[0]?.id ?? null;
    };
    const required = async (path: string): Promise<string> => {
      const id = await first(path);
      if (!id) throw new Error(`the demo has no ${path}`);
      return id;
    };
    const site = await required('sites?name=大磯');
    const days = await fetch(`${base}/api/v1/attendance?site_id=${site}&limit=1`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const latest = ((await days.json()) as { items: { work_date: string }[] }).items[0]?.work_date;
    if (!latest) throw new Error('the demo has no work day at 大磯');
    return {
      site,
      siteMonth: latest.slice(0, 7),
      business: await required('businesses?name=コムテックス'),
      worker: await required('workers'),
      workDay: await required('attendance'),
      importJob: await first('imports'),
    };
  }, BASE_URL);
}
