import { mkdirSync } from 'node:fs';

import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { BASE_URL, launchBrowser, logIn } from './browser';
import { SCREENS, demoIds, type DemoIds } from './screens';

// Every screen at the desk (1440×900) and at the gate (390×844): the page never scrolls sideways,
// the screen's key elements lie inside the viewport, no badge is cut, axe finds nothing serious
// or critical, at the desk no list folds a column away, and on a phone every control is at least
// 44 px high. One browser context per size, one visit per screen; the screenshots stay in
// test-results/screens/<screen>-<desk|phone>.png.
const SIZES = [
  { name: 'desk', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const SHOTS = 'test-results/screens';
const TOUCH = 44;

type Problem = string;

async function overflow(page: Page): Promise<Problem[]> {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  return scroll > client ? [`the page scrolls sideways (${scroll} px wide in ${client} px)`] : [];
}

/** A list fits the screen's width: nothing of it hides to the right, at the desk or on a phone. */
async function listsScrolling(page: Page): Promise<Problem[]> {
  const lists = await page.$$eval('main [data-list]', (elements) =>
    elements.map((element) => ({
      label: element.querySelector('table')?.getAttribute('aria-label') ?? '',
      scroll: element.scrollWidth,
      client: element.clientWidth,
    })),
  );
  return lists
    .filter((list) => list.scroll > list.client + 1)
    .map((list) => `the list "${list.label}" scrolls sideways (${list.scroll} px in ${list.client} px)`);
}

/** At the desk's 1440 px every column shows: DataTable folds columns only on narrower screens. */
async function foldedColumns(page: Page): Promise<Problem[]> {
  const folded = await page.$$eval('main [data-list] th[data-folded]', (headers) =>
    headers.map(
      (header) => `${header.closest('table')?.getAttribute('aria-label') ?? ''}: ${header.textContent ?? ''}`,
    ),
  );
  return folded.map((column) => `the column "${column}" is folded away`);
}

/** A chosen value stops left of its field's clear button (44 px on a phone), never under it. */
async function valuesUnderClear(page: Page): Promise<Problem[]> {
  const hidden = await page.$$eval('main .mantine-Input-wrapper:has([data-combined-clear-section])', (wrappers) =>
    wrappers.flatMap((wrapper) => {
      const input = wrapper.querySelector('input');
      const clear = wrapper.querySelector('[data-combined-clear-section] button');
      if (!input || !clear || clear.getClientRects().length === 0) return [];
      const textEnd = input.getBoundingClientRect().right - parseFloat(getComputedStyle(input).paddingRight);
      return textEnd > clear.getBoundingClientRect().left + 1 ? [input.value] : [];
    }),
  );
  return hidden.map((value) => `the value "${value}" runs under its clear button`);
}

/** A badge shows its whole text: Mantine cuts an overflowing label with an ellipsis. */
async function cutBadges(page: Page): Promise<Problem[]> {
  const cut = await page.$$eval('main .mantine-Badge-root', (badges) =>
    badges
      .filter((badge) => badge.getClientRects().length > 0)
      .filter((badge) => {
        const label = badge.querySelector('.mantine-Badge-label') ?? badge;
        return label.scrollWidth > label.clientWidth + 1 || badge.scrollWidth > badge.clientWidth + 1;
      })
      .map((badge) => (badge.textContent ?? '').trim()),
  );
  return cut.map((text) => `the badge "${text}" is cut`);
}

async function keysOutside(page: Page, selectors: string[], width: number): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const selector of selectors) {
    const boxes = await page.$$eval(selector, (elements) =>
      elements
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => {
          const rect = element.getBoundingClientRect();
          return { left: rect.left, right: rect.right, text: (element.textContent ?? '').trim().slice(0, 30) };
        }),
    );
    if (boxes.length === 0) problems.push(`nothing visible matches ${selector}`);
    for (const box of boxes) {
      if (box.left < -1 || box.right > width + 1) {
        problems.push(`${selector} "${box.text}" lies outside the viewport (${box.left}–${box.right})`);
      }
    }
  }
  return problems;
}

async function smallTargets(page: Page): Promise<Problem[]> {
  const small = await page.$$eval(
    'main button, main input:not([type=hidden]):not([type=checkbox]):not([type=radio]), main select, main [role=tab], main a:not(p a), main [role=combobox], header button, header a',
    (elements, minimum) =>
      elements
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => {
          // An input drawn inside Mantine's box (password, file) is as tall as that box.
          const box = element.closest('.mantine-Input-input') ?? element;
          const rect = box.getBoundingClientRect();
          const name =
            element.getAttribute('aria-label') ??
            (element as HTMLInputElement).labels?.[0]?.textContent ??
            ((element.textContent ?? '').trim() || element.className.split(' ').pop());
          return { height: Math.round(rect.height), name: `${element.tagName.toLowerCase()} "${name?.slice(0, 30)}"` };
        })
        .filter((target) => target.height < minimum),
    TOUCH,
  );
  return small.map((target) => `${target.name} is ${target.height} px high`);
}

// The phone shows the desk's DOM in another layout, so its colors are the desk's: there axe
// checks what the layout can change (names, target sizes, scrolling regions) and skips
// color-contrast, by far its slowest rule.
const PHONE_RULES = [
  'target-size',
  'button-name',
  'link-name',
  'label',
  'aria-allowed-attr',
  'aria-valid-attr-value',
  'aria-required-children',
  'aria-required-parent',
  'scrollable-region-focusable',
  'meta-viewport',
  'nested-interactive',
];

async function axeProblems(page: Page, phone: boolean): Promise<Problem[]> {
  const builder = new AxeBuilder({ page });
  const results = await (
    phone ? builder.withRules(PHONE_RULES) : builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
  ).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `axe ${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => `${node.target.join(' ')} (${node.any[0]?.message ?? node.failureSummary ?? ''})`)
          .join(', ')}`,
    );
}

for (const size of SIZES) {
  describe(`at ${size.width}×${size.height}`, () => {
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let ids: DemoIds;

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      browser = await launchBrowser();
      context = await browser.newContext({
        locale: 'ja-JP',
        timezoneId: 'Asia/Tokyo',
        viewport: { width: size.width, height: size.height },
        isMobile: size.name === 'phone',
        hasTouch: size.name === 'phone',
      });
      page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await logIn(page);
      ids = await demoIds(page);
    });

    afterAll(async () => {
      await browser?.close();
    });

    // The token lives in the tab's sessionStorage: a second tab of the context is logged out.
    test('login', async () => {
      const loggedOut = await context.newPage();
      await loggedOut.goto(`${BASE_URL}/login`);
      await loggedOut.getByRole('button', { name: 'ログイン' }).waitFor();
      const problems = [
        ...(await overflow(loggedOut)),
        ...(await keysOutside(loggedOut, ['form input', 'form button'], size.width)),
        ...(size.name === 'phone' ? await smallTargets(loggedOut) : []),
        ...(await axeProblems(loggedOut, size.name === 'phone')),
      ];
      await loggedOut.screenshot({ path: `${SHOTS}/login-${size.name}.png`, fullPage: true });
      await loggedOut.close();
      expect(problems.join('\n')).toBe('');
    });

    test.each(SCREENS)('$name', async (screen) => {
      await screen.prepare?.(page);
      await page.goto(`${BASE_URL}${screen.path(ids)}`);
      await page.locator(screen.ready).first().waitFor();
      // Masters and lookups arrive after the list: wait until no loader is left on the screen.
      await page.locator('main .mantine-Loader-root').first().waitFor({ state: 'detached' });
      const problems = [
        ...(await overflow(page)),
        ...(await keysOutside(
          page,
          [...screen.keys, ...(size.name === 'desk' ? (screen.deskKeys ?? []) : [])],
          size.width,
        )),
        ...(await listsScrolling(page)),
        ...(size.name === 'desk' ? await foldedColumns(page) : []),
        ...(await cutBadges(page)),
        ...(await valuesUnderClear(page)),
        ...(size.name === 'phone' ? await smallTargets(page) : []),
        ...(await axeProblems(page, size.name === 'phone')),
      ];
      await page.screenshot({ path: `${SHOTS}/${screen.name}-${size.name}.png`, fullPage: true });
      expect(problems.join('\n')).toBe('');
    });
  });
}
