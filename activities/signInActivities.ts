// Sign-in links: a random token (only its SHA-256 stored), bound to one person, expiring, single
// use, mailed to the address on record. Unknown addresses get nothing and the caller is told
// nothing different, so the sign-in form cannot be used to learn who has an account.
import type { SignInLinkRequest } from '../workflows/signInLink';
import { newToken } from './actionTokens';
import type { ActivityDeps } from './deps';
import { signInEmail } from './emails/signInEmail';
import { mailDomain } from './mailer';

export const signInPath = (token: string): string => `/auth/sign-in/${token}`;

export function signInActivities({ db, mailer, publicBaseUrl }: ActivityDeps) {
  return {
    async sendSignInLink(req: SignInLinkRequest): Promise<'sent' | 'unknown'> {
      const person = await db.person.findFirst({
        where: { email: { equals: req.email.trim(), mode: 'insensitive' } },
      });
      if (!person) return 'unknown';
      const messageId = `sign-in-${req.requestId}@${mailDomain}`;
      // The token is issued with the message, once: a retry re-sends the same link (or nothing).
      await mailer.deliver({
        messageId,
        async compose(tx) {
          const { token, tokenHash } = newToken();
          await tx.signInToken.create({
            data: {
              tokenHash,
              personId: person.id,
              expiresAt: new Date(Date.now() + req.validMinutes * 60_000),
            },
          });
          const mail = signInEmail({
            name: person.name,
            url: `${publicBaseUrl}${signInPath(token)}`,
            validMinutes: req.validMinutes,
            locale: person.locale,
          });
          return { ...mail, threadId: messageId, to: person.email, notification: 'sign_in_link' };
        },
      });
      return 'sent';
    },
  };
}
