// The dashboard beyond its first slice: the province's completeness figures of the year
// (R-ANNUAL-REPORT) as the organization board and leadership see them, and the English switch.
import { DelegationDriver } from '../support/delegationDriver';
import { sessionOf, type TestSession } from '../support/testCredentials';
import { startTestStack, type TestStack } from '../support/testStack';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack('time-skipping');
});
afterAll(() => stack?.stop());

async function page(path: string, s: TestSession, lang?: 'en'): Promise<string> {
  const cookie = lang ? `${s.cookie}; lang=${lang}` : s.cookie;
  const res = await fetch(`${stack.baseUrl}${path}`, { headers: { ...s.headers, cookie } });
  expect(res.status).toBe(200);
  return res.text();
}

/** A delegation of 2025 whose report fell due and never came (as the read model holds it). */
async function missingReport(unitId: string, title: string): Promise<string> {
  const proposal = await new DelegationDriver(stack).proposal({ unitId, title });
  const d = await stack.db.delegation.create({
    data: {
      unitId,
      year: 2025,
      title,
      stage: 'report_due',
      proposal: { ...proposal },
      departureDate: new Date('2025-10-06'),
      returnDate: new Date('2025-10-08'),
      memberCount: 1,
      leaderRank: 'head',
      submittedAt: new Date('2025-08-01T02:00:00Z'),
      reportDueAt: new Date('2025-10-22T16:59:59.999Z'),
    },
  });
  return d.id;
}

test('the organization board and leadership see how many reports came back, which are missing and which units sent none', async () => {
  const id = await missingReport('so-nong-nghiep', 'Đoàn năm 2025 chưa nộp báo cáo');
  const lan = await page('/dashboard?year=2025', await sessionOf(stack.db, 'lan'));
  expect(lan).toContain('Mức độ đầy đủ năm 2025');
  expect(lan).toMatch(
    /Báo cáo kết quả: đã nhận <strong>0\/1<\/strong>; chưa gửi: <span class="overdue">[^<]*Nông nghiệp/,
  );
  expect(lan).toContain(`<a href="/delegations/${id}">Đoàn năm 2025 chưa nộp báo cáo</a>`);
  expect(lan).toContain('22/10/2025');

  const hai = await page('/dashboard?year=2025', await sessionOf(stack.db, 'hai'));
  expect(hai).toContain('đã nhận <strong>0/1</strong>');
  // Unit staff see their own unit's work, not the province's figures.
  const binh = await page('/dashboard', await sessionOf(stack.db, 'binh'));
  expect(binh).not.toContain('Mức độ đầy đủ');
});

test('the language switch sends the browser back to the page it came from, in English', async () => {
  const lan = await sessionOf(stack.db, 'lan');
  const to = (path: string) => fetch(`${stack.baseUrl}${path}`, { redirect: 'manual' });
  const switched = await to('/language/en?back=%2Fdashboard%3Fyear%3D2025');
  expect(switched.status).toBe(303);
  expect(switched.headers.get('location')).toBe('/dashboard?year=2025');
  expect(switched.headers.get('set-cookie')).toMatch(/^lang=en;.*HttpOnly/);
  // Never to another site, however the address is written.
  for (const back of ['//evil.example', 'https://evil.example/', '/\\evil.example'])
    expect(
      (await to(`/language/en?back=${encodeURIComponent(back)}`)).headers.get('location'),
    ).toBe('/');

  const en = await page('/dashboard?year=2025', lan, 'en');
  expect(en).toContain('<html lang="en">');
  expect(en).toContain('<h1>Dashboard</h1>');
  expect(en).toContain('Trip reports: received <strong>');
  expect(en).toContain('href="/language/vi?back=%2Fdashboard%3Fyear%3D2025"');
  const vi = await page('/dashboard', lan);
  expect(vi).toContain('<h1>Trang chính</h1>');
  expect(vi).toContain('href="/language/en?back=%2Fdashboard"');
});
