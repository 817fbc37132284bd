// Debian's chromium driven by playwright-core: no browser is ever downloaded. Each call gets a
// fresh profile, so two people in one test never share a cookie.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface OpenBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function openBrowser(viewport = { width: 1024, height: 900 }): Promise<OpenBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'sd-chromium-'));
  // launchPersistentContext passes the profile as --user-data-dir (it refuses it in args).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args,
    viewport,
    locale: 'vi-VN',
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export const screenshotDir = join(__dirname, '..', '..', 'artifacts', 'screenshots');
