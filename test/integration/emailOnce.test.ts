// Each notification is sent once in effect: a retry after a crash between the SMTP server
// accepting a message and the email log recording it sends the very same message again (same
// Message-ID, same link), never a second message with a second live link; a retry after the log
// recorded it sends nothing. Real SMTP server (MailDev), real database; the crash is the SMTP
// send "succeeding" and the activity dying before it can write anything.
import nodemailer from 'nodemailer';
import type { SentMessageInfo, Transporter } from 'nodemailer';
import { hashToken } from '../../activities/actionTokens';
import { createMailer, type Mailer } from '../../activities/mailer';
import { notifyActivities } from '../../activities/notifyActivities';
import { reviewActivities } from '../../activities/reviewActivities';
import { signInActivities } from '../../activities/signInActivities';
import type { Db } from '../../prisma/client';
import { demoEmail, seedDemo } from '../../prisma/seedDemo';
import { freePort } from '../../scripts/childProcess';
import { startMailCatcher, type MailCatcher } from '../../scripts/mailCatcher';
import { readModelDelegation } from '../auth/readModelRow';
import { Mailbox, type ReceivedEmail } from '../support/mailbox';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase';

const publicBaseUrl = 'http://127.0.0.1:3999';

class CrashAfterSmtp extends Error {}

/**
 * Every transport nodemailer makes from now on: after the SMTP server accepted the next
 * `crashes` messages, the send throws, as a worker killed at that instant would leave it.
 */
function crashAfterSmtp(crashes: number): { restore(): void } {
  let left = crashes;
  // The function itself, before the spy takes its place.
  const original = nodemailer.createTransport;
  const real = (url: string) => original.call(nodemailer, url) as Transporter<SentMessageInfo>;
  const spy = jest.spyOn(nodemailer, 'createTransport').mockImplementation(((url: string) => {
    const transport = real(url);
    const sendMail = transport.sendMail.bind(transport);
    transport.sendMail = async (m: Parameters<typeof sendMail>[0]) => {
      const info = await sendMail(m);
      if (left > 0) {
        left -= 1;
        throw new CrashAfterSmtp('the worker died after the SMTP server accepted the message');
      }
      return info;
    };
    return transport;
  }) as typeof nodemailer.createTransport);
  return { restore: () => spy.mockRestore() };
}

/** Runs an activity until it completes, as Temporal retries it. */
async function withRetries<T>(attempt: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof CrashAfterSmtp) || i > 10) throw err;
    }
  }
}

const messageIdOf = (m: ReceivedEmail): string => {
  const h = m.headers['message-id'];
  return String(Array.isArray(h) ? h[0] : h);
};

const linksIn = (m: ReceivedEmail, path: string): string[] =>
  [...(m.text ?? '').matchAll(new RegExp(`https?://\\S+${path}[A-Za-z0-9_-]+`, 'g'))].map(
    (x) => x[0],
  );

/** RFC 5322 msg-id: one `@` between a dot-atom left part and a domain. */
const validMessageId = /^<[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+>$/;

let database: TestDatabase;
let db: Db;
let mail: MailCatcher;
let mailbox: Mailbox;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  await seedDemo(db);
  mail = await startMailCatcher(await freePort(), await freePort(), () => undefined);
  mailbox = new Mailbox(mail.inboxUrl);
}, 120_000);
afterAll(async () => {
  await mail?.stop();
  await database?.drop();
});
beforeEach(() => fetch(`${mail.inboxUrl}/api/email/all`, { method: 'DELETE' }));

async function withMailer<T>(crashes: number, run: (mailer: Mailer) => Promise<T>): Promise<T> {
  const crash = crashAfterSmtp(crashes);
  const mailer = createMailer(db, mail.smtpUrl, 'Hệ thống <no-reply@study-delegations.local>');
  try {
    return await run(mailer);
  } finally {
    mailer.close();
    crash.restore();
  }
}

/**
 * The messages of one test (their Message-IDs name its delegation or request), once no more
 * arrive: MailDev stores what it accepted a moment later.
 */
async function settledInbox(about: string, expectAtLeast: number): Promise<ReceivedEmail[]> {
  const ours = (m: ReceivedEmail) => messageIdOf(m).includes(about);
  await mailbox.waitFor(ours, expectAtLeast);
  await new Promise((r) => setTimeout(r, 500));
  return (await mailbox.all()).filter(ours);
}

test('committee links: a crash after SMTP accepted, then the retry, gives each member one Message-ID and one link, and one live token', async () => {
  const delegationId = await readModelDelegation(db, { unitId: 'so-noi-vu' });
  const round = {
    delegationId,
    stage: 'committee_review' as const,
    proposalVersion: 1,
    audience: 'members' as const,
  };
  // The first attempt dies after the first message went out; the retry dies after the second.
  await withMailer(2, (mailer) =>
    withRetries(() => reviewActivities({ db, mailer, publicBaseUrl }).openReview(round)),
  );
  // A later retry (the activity's result lost) sends nothing more.
  await withMailer(0, (mailer) =>
    reviewActivities({ db, mailer, publicBaseUrl }).openReview(round),
  );

  const members = [demoEmail('cuong'), demoEmail('dung')];
  const received = await settledInbox(delegationId, members.length);
  for (const to of members) {
    const mine = received.filter((m) => m.to.some((t) => t.address === to));
    expect(mine.length).toBeGreaterThan(0);
    const ids = new Set(mine.map(messageIdOf));
    const links = new Set(mine.flatMap((m) => linksIn(m, '/a/')));
    expect({ to, ids: ids.size, links: links.size }).toEqual({ to, ids: 1, links: 1 });
    expect([...ids][0]).toMatch(validMessageId);
    // The one link mailed is the one live token, and it is stored only as its hash.
    const token = [...links][0]!.split('/a/')[1]!;
    const tokens = await db.actionToken.findMany({
      where: { delegationId, approver: { email: to } },
    });
    expect(tokens.map((t) => t.tokenHash)).toEqual([hashToken(token)]);
    const logged = await db.emailLog.findMany({ where: { recipient: to, delegationId } });
    expect(logged).toHaveLength(1);
    expect(JSON.stringify(logged)).not.toContain(token);
  }
  // One audit event per member's link, even though the first attempts died.
  const events = await db.auditEvent.findMany({
    where: { delegationId, kind: 'action_link_sent' },
  });
  expect(events).toHaveLength(members.length);
});

test('unit notices: valid Message-IDs (one @), and a crash then a retry re-sends the same message, never another', async () => {
  const delegationId = await readModelDelegation(db, { unitId: 'so-noi-vu' });
  await withMailer(1, (mailer) =>
    withRetries(() =>
      notifyActivities({ db, mailer, publicBaseUrl }).notifyUnit({
        delegationId,
        notification: 'approved',
      }),
    ),
  );
  const received = await settledInbox(delegationId, 1);
  const byRecipient = new Map<string, Set<string>>();
  for (const m of received) {
    expect(messageIdOf(m)).toMatch(validMessageId);
    for (const t of m.to) {
      byRecipient.set(t.address, (byRecipient.get(t.address) ?? new Set()).add(messageIdOf(m)));
    }
  }
  for (const [to, ids] of byRecipient) expect({ to, ids: ids.size }).toEqual({ to, ids: 1 });
  const logged = await db.emailLog.findMany({ where: { delegationId } });
  expect(logged.length).toBe(byRecipient.size);
});

test('sign-in link: a crash after SMTP accepted, then the retry, mails one link and leaves one live token', async () => {
  const request = { email: demoEmail('an'), requestId: crypto.randomUUID(), validMinutes: 15 };
  await withMailer(1, (mailer) =>
    withRetries(() => signInActivities({ db, mailer, publicBaseUrl }).sendSignInLink(request)),
  );
  const received = await settledInbox(request.requestId, 1);
  const links = new Set(received.flatMap((m) => linksIn(m, '/auth/sign-in/')));
  expect({ ids: new Set(received.map(messageIdOf)).size, links: links.size }).toEqual({
    ids: 1,
    links: 1,
  });
  const token = [...links][0]!.split('/auth/sign-in/')[1]!;
  const person = await db.person.findUniqueOrThrow({ where: { email: demoEmail('an') } });
  const tokens = await db.signInToken.findMany({ where: { personId: person.id } });
  expect(tokens.map((t) => t.tokenHash)).toEqual([hashToken(token)]);
});
