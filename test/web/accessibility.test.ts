// The main pages checked by axe-core (WCAG 2 A and AA: labels, contrast, landmarks, names) in
// Debian's chromium, in Vietnamese and in English, on a laptop and on a phone.
import { readFile } from 'node:fs/promises';
import type { BrowserContext } from 'playwright-core';
import { DelegationDriver } from '../support/delegationDriver';
import { sessionOf } from '../support/testCredentials';
import { startTestStack, type TestStack } from '../support/testStack';
import { openBrowser, type OpenBrowser } from './browser';

let stack: TestStack;
let browser: OpenBrowser;
let axeSource: string;

beforeAll(async () => {
  stack = await startTestStack('time-skipping');
  browser = await openBrowser();
  axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** The WCAG 2 A/AA violations axe finds on a page, as `rule: selectors` lines. */
async function violationsOn(context: BrowserContext, url: string): Promise<string[]> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    // Evaluated through the devtools protocol: the page's CSP rightly refuses inline scripts.
    await page.evaluate(axeSource);
    const found = await page.evaluate(async () => {
      // axe is the global the injected script defines; the page has no types for it.
      const axe = (
        globalThis as unknown as { axe: { run(o: object): Promise<{ violations: unknown }> } }
      ).axe;
      const r = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
      return r.violations;
    });
    return (found as AxeViolation[]).map(
      (v) =>
        `${v.id} (${v.impact ?? '?'}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  } finally {
    await page.close();
  }
}

async function signedInAs(personId: string, lang: 'vi' | 'en'): Promise<void> {
  const s = await sessionOf(stack.db, personId);
  const [name, value] = s.cookie.split('=') as [string, string];
  await browser.context.clearCookies();
  await browser.context.addCookies([
    { name, value, url: stack.baseUrl },
    { name: 'lang', value: lang, url: stack.baseUrl },
  ]);
}

test.each(['vi', 'en'] as const)(
  'the main pages have no WCAG 2 A/AA violations (%s)',
  async (lang) => {
    const drive = new DelegationDriver(stack);
    const proposal = await drive.proposal({ title: `Đoàn kiểm tra khả năng tiếp cận ${lang}` });
    const created = await drive.submit(proposal);
    expect(created.status).toBe(201);
    const link = await drive.linkFor('cuong', proposal.title);

    const clean = async (url: string) =>
      expect([url, ...(await violationsOn(browser.context, url))]).toEqual([url]);
    await browser.context.clearCookies();
    await clean(`${stack.baseUrl}/auth/sign-in`);
    await clean(link);
    await signedInAs('an', lang);
    await clean(`${stack.baseUrl}/dashboard`);
    await clean(`${stack.baseUrl}/delegations/new`);
    await signedInAs('lan', lang);
    await clean(`${stack.baseUrl}/dashboard`);
    await clean(`${stack.baseUrl}/delegations/${created.body.id}`);
  },
);
