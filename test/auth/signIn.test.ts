// Sign-in without passwords, end to end on the Temporal dev server with the real SMTP server:
// the link is read from MailDev, opened (which signs nobody in), posted (which does), and the
// session cookie then reaches a protected route. Also: CSRF on cookie requests, sign-out, the
// Secure cookie behind HTTPS, cross-site posts, expiry, rate limits and protective headers.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hashToken } from '../../api/access/secretTokens';
import { createApp } from '../../api/app';
import { demoEmail } from '../../prisma/seedDemo';
import { proposalFor } from '../fixtures/proposals';
import type { ReceivedEmail } from '../support/mailbox';
import { apiKeyHeaders } from '../support/testCredentials';
import { startTestStack, type TestStack } from '../support/testStack';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack('dev-server');
});
afterAll(() => stack?.stop());

const signInLinkIn = (mail: ReceivedEmail): string => {
  const m = /(https?:\/\/\S+\/auth\/sign-in\/[A-Za-z0-9_-]+)/.exec(mail.text ?? '');
  if (!m?.[1]) throw new Error(`no sign-in link in "${mail.subject}"`);
  return m[1];
};

/** Asks for a link for a person and returns the newest one mailed to them. */
async function requestLink(personId: string): Promise<string> {
  const before = (await stack.mailbox.to(demoEmail(personId))).length;
  const res = await fetch(`${stack.baseUrl}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: demoEmail(personId) }),
  });
  expect(res.status).toBe(202);
  const mails = await stack.mailbox.waitFor(
    (m) => m.to.some((t) => t.address === demoEmail(personId)),
    before + 1,
  );
  return signInLinkIn(mails[mails.length - 1] as ReceivedEmail);
}

const post = (url: string, headers: Record<string, string> = {}, body = '') =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body,
    redirect: 'manual',
  });

const sessionCookieOf = (res: Response): string => {
  const set = res.headers.getSetCookie().find((c) => c.startsWith('sd_session='));
  if (!set) throw new Error('no session cookie set');
  return set;
};

test('the emailed link signs in only when its button is pressed; the cookie then opens protected routes', async () => {
  const unknown = await fetch(`${stack.baseUrl}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'nobody@camau.gov.vn' }),
  });
  const link = await requestLink('an');
  expect(unknown.status).toBe(202);
  const mail = (await stack.mailbox.to(demoEmail('an')))[0] as ReceivedEmail;
  expect(mail.subject).toContain('Đường dẫn đăng nhập');
  const token = link.split('/auth/sign-in/')[1] as string;
  expect(link.startsWith(`${stack.baseUrl}/auth/sign-in/`)).toBe(true);

  // A mail scanner opens the link: a page with a button, no cookie, nothing used up.
  for (let i = 0; i < 2; i++) {
    const opened = await fetch(link, { headers: { 'user-agent': 'SafeLinks scanner' } });
    expect(opened.status).toBe(200);
    expect(opened.headers.getSetCookie()).toEqual([]);
    expect(opened.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await opened.text();
    expect(html).toContain('Nguyễn Văn An');
    expect(html).toContain('<form method="post"');
  }
  const row = await stack.db.signInToken.findUniqueOrThrow({
    where: { tokenHash: hashToken(token) },
  });
  expect(row.usedAt).toBeNull();
  expect(await stack.db.session.count({ where: { personId: 'an' } })).toBe(0);

  const signedIn = await post(link);
  expect(signedIn.status).toBe(200);
  const cookie = sessionCookieOf(signedIn);
  expect(cookie).toMatch(/; HttpOnly/);
  expect(cookie).toMatch(/; SameSite=Lax/);
  expect(cookie).not.toMatch(/; Secure/);
  expect(await signedIn.text()).toContain('name="_csrf"');

  const pair = cookie.split(';')[0] as string;
  const me = await fetch(`${stack.baseUrl}/api/session`, { headers: { cookie: pair } });
  expect(me.status).toBe(200);
  expect(await me.json()).toMatchObject({
    kind: 'person',
    id: 'an',
    grants: [{ role: 'unit_staff', unitId: 'so-noi-vu', provinceId: 'ca-mau' }],
    csrfToken: expect.any(String),
  });

  expect((await post(link)).status).toBe(409);
  // Only the known address got mail.
  expect(await stack.mailbox.to('nobody@camau.gov.vn')).toEqual([]);
});

test('a cookie-authenticated change needs the CSRF token; a Bearer key does not; sign-out ends the session', async () => {
  const pair = sessionCookieOf(await post(await requestLink('an'))).split(';')[0] as string;
  const { csrfToken } = (await (
    await fetch(`${stack.baseUrl}/api/session`, { headers: { cookie: pair } })
  ).json()) as { csrfToken: string };
  const submit = (headers: Record<string, string>) =>
    fetch(`${stack.baseUrl}/api/delegations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: pair, ...headers },
      body: JSON.stringify(proposalFor({ title: 'Đoàn nộp khi đăng nhập' })),
    });

  const forged = await submit({});
  expect(forged.status).toBe(403);
  expect(await forged.json()).toMatchObject({ error: 'CsrfTokenMissing' });
  expect((await submit({ 'x-csrf-token': 'wrong' })).status).toBe(403);
  expect(await stack.db.delegation.count({ where: { unitId: 'so-noi-vu' } })).toBe(0);

  // A script with a key is no browser: no cookie rides along by itself, so no token is needed.
  const key = await apiKeyHeaders(stack.db, { role: 'unit_staff', unitId: 'so-nong-nghiep' });
  const byKey = await fetch(`${stack.baseUrl}/api/delegations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...key },
    body: JSON.stringify(proposalFor({ unitId: 'so-nong-nghiep', title: 'Đoàn nộp bằng khóa' })),
  });
  expect(byKey.status).toBe(201);

  const created = await submit({ 'x-csrf-token': csrfToken });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await stack.db.delegation.findUniqueOrThrow({ where: { id } })).submittedById).toBe('an');

  // The sign-out form without its hidden field is refused, and the session stands.
  const signOut = `${stack.baseUrl}/auth/sign-out`;
  expect((await post(signOut, { cookie: pair })).status).toBe(403);
  expect((await fetch(`${stack.baseUrl}/api/session`, { headers: { cookie: pair } })).status).toBe(
    200,
  );
  const out = await post(
    signOut,
    { cookie: pair },
    new URLSearchParams({ _csrf: csrfToken }).toString(),
  );
  expect(out.status).toBe(303);
  expect(out.headers.get('location')).toBe('/auth/sign-in');
  expect(out.headers.getSetCookie().some((c) => c.startsWith('sd_session=;'))).toBe(true);
  expect((await fetch(`${stack.baseUrl}/api/session`, { headers: { cookie: pair } })).status).toBe(
    401,
  );
});

test('behind an HTTPS proxy the cookie is Secure; a sign-in posted from another site is refused', async () => {
  const link = await requestLink('hai');
  const crossSite = await post(link, { origin: 'https://evil.example' });
  expect(crossSite.status).toBe(403);
  const token = link.split('/auth/sign-in/')[1] as string;
  expect(
    (await stack.db.signInToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } }))
      .usedAt,
  ).toBeNull();

  const viaProxy = await post(link, { 'x-forwarded-proto': 'https', origin: stack.baseUrl });
  expect(viaProxy.status).toBe(200);
  expect(sessionCookieOf(viaProxy)).toMatch(/; Secure/);
});

test('an expired link says so and signs nobody in', async () => {
  const link = await requestLink('lan');
  const token = link.split('/auth/sign-in/')[1] as string;
  await stack.db.signInToken.update({
    where: { tokenHash: hashToken(token) },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
  expect((await fetch(link)).status).toBe(410);
  const res = await post(link);
  expect(res.status).toBe(410);
  expect(res.headers.getSetCookie()).toEqual([]);
  expect((await fetch(`${stack.baseUrl}/a/not-a-token`)).status).toBe(404);
});

test('sign-in requests and link pages are rate-limited per address (429)', async () => {
  const app = createApp({
    db: stack.db,
    temporal: stack.env.client,
    taskQueue: stack.taskQueue,
    publicBaseUrl: stack.baseUrl,
    security: {
      signInLinkMinutes: 15,
      sessionHours: 1,
      rateLimitWindowSeconds: 60,
      signInRequestsPerWindow: 2,
      linkRequestsPerWindow: 3,
    },
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  try {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const ask = () =>
      fetch(`${base}/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'nobody@camau.gov.vn' }),
      });
    expect([(await ask()).status, (await ask()).status]).toEqual([202, 202]);
    const limited = await ask();
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ error: 'TooManyRequests' });

    // Action links and sign-in links count together.
    const statuses = [];
    for (const path of ['/a/x', '/auth/sign-in/x', '/a/y', '/a/z']) {
      statuses.push((await fetch(`${base}${path}`)).status);
    }
    expect(statuses).toEqual([404, 404, 404, 429]);
    // Routes that are not public by a guessable input are not counted.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  } finally {
    await new Promise((r) => server.close(r));
  }
});

test('protective headers on every answer, bodies over the limit refused (413), and no Referer leaves the link pages', async () => {
  const res = await fetch(`${stack.baseUrl}/healthz`);
  const csp = res.headers.get('content-security-policy');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("form-action 'self'");
  expect(csp).not.toContain('upgrade-insecure-requests');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  expect(res.headers.get('x-powered-by')).toBeNull();
  const tooLarge = await fetch(`${stack.baseUrl}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'a'.repeat(1_100_000) }),
  });
  expect([tooLarge.status, await tooLarge.json()]).toEqual([
    413,
    expect.objectContaining({ error: 'TooLarge' }),
  ]);
  const malformed = await fetch(`${stack.baseUrl}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"email":',
  });
  expect(malformed.status).toBe(400);
  const page = await fetch(`${stack.baseUrl}/auth/sign-in`);
  expect(page.headers.get('referrer-policy')).toBe('no-referrer');
  expect(page.headers.get('cache-control')).toBe('no-store');
});

test('the sign-in pages follow the language switch: English pages, English role names, a way back', async () => {
  const en = { cookie: 'lang=en' };
  const ask = await fetch(`${stack.baseUrl}/auth/sign-in`, { headers: en });
  const askHtml = await ask.text();
  expect(askHtml).toContain('<html lang="en">');
  expect(askHtml).toContain('Send the sign-in link');
  expect(askHtml).toContain('href="/language/vi?back=%2Fauth%2Fsign-in"');
  const viHtml = await (await fetch(`${stack.baseUrl}/auth/sign-in`)).text();
  expect(viHtml).toContain('Gửi đường dẫn đăng nhập');
  expect(viHtml).toContain('href="/language/en?back=%2Fauth%2Fsign-in"');

  const bad = await post(`${stack.baseUrl}/auth/sign-in`, en, 'email=not-an-address');
  expect(bad.status).toBe(422);
  expect(await bad.text()).toContain('Not an e-mail address.');

  const link = await requestLink('an');
  expect(await (await fetch(link, { headers: en })).text()).toContain('Sign in as');
  const signedIn = await (await post(link, en)).text();
  expect(signedIn).toContain('Signed in');
  expect(signedIn).toContain('<li>Unit staff</li>');
  const stale = await fetch(link, { headers: en });
  expect(stale.status).toBe(409);
  expect(await stale.text()).toContain('Link already used');
});
