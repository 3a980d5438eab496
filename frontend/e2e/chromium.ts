import { chromium, type Browser } from 'playwright-core';

// Debian's chromium, headless; the background-networking flags keep it off this closed network.
// In Japanese as staff run it: chromium draws date and time fields in its own UI language
// (from LANGUAGE, with Debian's chromium-l10n), not the page's.
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.GENBA_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    env: { ...process.env, LANG: 'ja_JP.UTF-8', LANGUAGE: 'ja' },
    args: [
      '--lang=ja-JP',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
