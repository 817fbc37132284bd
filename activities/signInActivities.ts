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
      // A retry after the mail went out must not issue a second live token.
      if (await db.emailLog.findUnique({ where: { messageId } })) return 'sent';
      const { token, tokenHash } = newToken();
      await db.signInToken.create({
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
      await mailer.send({
        ...mail,
        messageId,
        threadId: messageId,
        to: person.email,
        notification: 'sign_in_link',
      });
      return 'sent';
    },
  };
}
