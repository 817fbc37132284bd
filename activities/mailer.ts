import nodemailer from 'nodemailer';
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

export interface Mailer {
  send(email: OutgoingEmail): Promise<'sent' | 'already-sent'>;
  close(): void;
}

export const mailDomain = 'study-delegations.local';

/** nodemailer over SMTP; the email log makes sending idempotent per Message-ID. */
export function createMailer(db: Db, smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(email) {
      const known = await db.emailLog.findUnique({ where: { messageId: email.messageId } });
      if (known) return 'already-sent';
      await transport.sendMail({
        from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: `<${email.messageId}>`,
        inReplyTo: `<${email.threadId}>`,
        references: [`<${email.threadId}>`],
      });
      await db.emailLog.upsert({
        where: { messageId: email.messageId },
        create: {
          messageId: email.messageId,
          delegationId: email.delegationId,
          notification: email.notification,
          recipient: email.to,
          subject: email.subject,
          sentAt: new Date(),
        },
        update: {},
      });
      return 'sent';
    },
    close() {
      transport.close();
    },
  };
}
