// Sending notifications once in effect. An SMTP send and a database write cannot be one step, so
// the message is written first (pending, with whatever its link needs, in one transaction), then
// sent, then marked sent. A worker that dies between the SMTP server accepting the message and
// the mark leaves it pending, and the retry sends that same message again: the same Message-ID
// and the same link, never a second message with a second live link. A retry that finds it sent
// does nothing.
import nodemailer from 'nodemailer';
import { Prisma } from '../generated/prisma/client';
import type { Db } from '../prisma/client';

export interface OutgoingEmail {
  /** Stable per notification, so a retried activity re-sends the same message, never a new one. */
  messageId: string;
  /** All mail of one delegation threads under this id. */
  threadId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  delegationId?: string;
  notification: string;
}

type Tx = Prisma.TransactionClient;

/** A notification whose message is made with what it carries (a token), only if never made. */
export interface Notice {
  messageId: string;
  /**
   * Makes the message. It runs only when no message with this id was ever made, in the
   * transaction that stores it, so a token it issues exists exactly when its message does.
   */
  compose(tx: Tx): Promise<Omit<OutgoingEmail, 'messageId'>>;
  /** Writes what the sending means (an audit event), in the transaction that marks it sent. */
  recordSent?(tx: Tx): Promise<void>;
}

export interface Mailer {
  /** Sends a message already made (nothing secret in it is issued for it). */
  send(email: OutgoingEmail): Promise<'sent' | 'already-sent'>;
  /** Makes (once), sends and marks a notice sent; see the file's comment. */
  deliver(notice: Notice): Promise<'sent' | 'already-sent'>;
  close(): void;
}

export const mailDomain = 'study-delegations.local';

/**
 * The left part of a Message-ID from its parts: an e-mail address among them loses its `@` (a
 * Message-ID has exactly one, before the domain), and anything outside RFC 5322's atext is
 * replaced, so every id is valid whatever the parts hold.
 */
export function messageIdOf(...parts: (string | number)[]): string {
  const local = parts
    .map((p) => String(p).replace(/@/g, '.at.'))
    .join('.')
    .replace(/[^A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]/g, '_')
    .replace(/\.{2,}/g, '.');
  return `${local}@${mailDomain}`;
}

/** What the email log keeps of a message until it is sent: enough to send it again, as it was. */
interface StoredMessage {
  threadId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

function storedMessageOf(json: Prisma.JsonValue | null): StoredMessage | undefined {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const { threadId, to, subject, text, html } = json;
  return [threadId, to, subject, text, html].every((v) => typeof v === 'string')
    ? ({ threadId, to, subject, text, html } as StoredMessage)
    : undefined;
}

const isUniqueViolation = (err: unknown): boolean =>
  typeof err === 'object' && err !== null && 'code' in err && err.code === 'P2002';

/** nodemailer over SMTP; the email log makes each Message-ID go out once in effect. */
export function createMailer(db: Db, smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);

  /** The message to send, made and stored now if it never was; undefined when already sent. */
  async function pendingMessage(notice: Notice): Promise<StoredMessage | undefined> {
    const where = { messageId: notice.messageId };
    const known = await db.emailLog.findUnique({ where });
    if (!known) {
      try {
        return await db.$transaction(async (tx) => {
          const made = await notice.compose(tx);
          const message: StoredMessage = {
            threadId: made.threadId,
            to: made.to,
            subject: made.subject,
            text: made.text,
            html: made.html,
          };
          await tx.emailLog.create({
            data: {
              messageId: notice.messageId,
              delegationId: made.delegationId,
              notification: made.notification,
              recipient: made.to,
              subject: made.subject,
              pendingMessage: { ...message },
            },
          });
          return message;
        });
      } catch (err) {
        // Another attempt made it meanwhile (its token too; ours is rolled back): use theirs.
        if (!isUniqueViolation(err)) throw err;
        return pendingMessage(notice);
      }
    }
    if (known.sentAt) return undefined;
    const stored = storedMessageOf(known.pendingMessage);
    if (!stored) throw new Error(`email ${notice.messageId} is pending without its message`);
    return stored;
  }

  async function deliver(notice: Notice): Promise<'sent' | 'already-sent'> {
    const message = await pendingMessage(notice);
    if (!message) return 'already-sent';
    await transport.sendMail({
      from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      messageId: `<${notice.messageId}>`,
      inReplyTo: `<${message.threadId}>`,
      references: [`<${message.threadId}>`],
    });
    await db.$transaction(async (tx) => {
      // Only the first attempt to get here marks it (and records it): a concurrent one did not.
      const marked = await tx.emailLog.updateMany({
        where: { messageId: notice.messageId, sentAt: null },
        // The message held the link's token: it is not kept once the message is out.
        data: { sentAt: new Date(), pendingMessage: Prisma.DbNull },
      });
      if (marked.count > 0) await notice.recordSent?.(tx);
    });
    return 'sent';
  }

  return {
    deliver,
    send: (email) => deliver({ messageId: email.messageId, compose: () => Promise.resolve(email) }),
    close() {
      transport.close();
    },
  };
}
