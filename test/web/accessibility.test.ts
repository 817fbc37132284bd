// The main pages checked by axe-core (WCAG 2 A and AA: labels, contrast, landmarks, names) in
// Debian's chromium, in Vietnamese and in English, on a laptop and on a phone. The report and review forms
// are checked where the journey test reaches them (delegationJourney.test.ts).
import type { BrowserContext } from 'playwright-core';
import { proposalFor } from '../fixtures/proposals';
import { DelegationDriver } from '../support/delegationDriver';
import { sessionOf } from '../support/testCredentials';
import { startTestStack, type TestStack } from '../support/testStack';
import { axeViolationsOf } from './axeViolations';
import { openBrowser, type OpenBrowser } from './browser';

let stack: TestStack;
let browser: OpenBrowser;

beforeAll(async () => {
  stack = await startTestStack('time-skipping');
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** The WCAG 2 A/AA violations axe finds on a page, as `rule: selectors` lines. */
async function violationsOn(context: BrowserContext, url: string): Promise<string[]> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    return await axeViolationsOf(page);
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
    // Of Sở Nội vụ, whose staff amends it once it is returned.
    const proposal = proposalFor({
      unitId: 'so-noi-vu',
      title: `Đoàn kiểm tra khả năng tiếp cận ${lang}`,
    });
    const created = await drive.submit(proposal);
    expect(created.status).toBe(201);
    const link = await drive.linkFor('cuong', proposal.title);

    const clean = async (url: string) =>
      expect([url, ...(await violationsOn(browser.context, url))]).toEqual([url]);
    await browser.context.clearCookies();
    await clean(`${stack.baseUrl}/auth/sign-in`);
    await clean(link);
    await drive.postForm(link, { decision: 'return', comment: 'Bổ sung kế hoạch.' });
    await drive.waitForStage(created.body.id, 'amendment_requested');
    const draft = await stack.db.proposalDraft.create({
      data: { unitId: 'so-noi-vu', authorId: 'an', content: { title: 'Bản nháp' } },
    });
    await signedInAs('an', lang);
    await clean(`${stack.baseUrl}/dashboard`);
    await clean(`${stack.baseUrl}/delegations/new`);
    await clean(`${stack.baseUrl}/delegations/drafts`);
    await clean(`${stack.baseUrl}/delegations/drafts/${draft.id}`);
    await clean(`${stack.baseUrl}/delegations/${created.body.id}/amend`);
    await signedInAs('lan', lang);
    await clean(`${stack.baseUrl}/dashboard`);
    await clean(`${stack.baseUrl}/delegations/${created.body.id}`);
    await signedInAs('quan-tri', lang);
    for (const admin of [
      '',
      '/people',
      '/units',
      '/roles',
      '/substitutes',
      '/policies',
      '/calendar',
    ])
      await clean(`${stack.baseUrl}/admin${admin}`);
  },
);
