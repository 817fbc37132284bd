// What a sign-in link means right now, and redeeming it (once). Looking at it changes nothing,
// so a mail scanner that opens the link does not sign anyone in.
import type { Db } from '../prisma/client';
import { hashToken } from './access/secretTokens';

export type SignInLinkState =
  | { kind: 'unknown' }
  | { kind: 'used' }
  | { kind: 'expired' }
  | { kind: 'open'; tokenId: string; person: { id: string; name: string } };

export async function signInLinkState(
  db: Db,
  rawToken: string,
  now = new Date(),
): Promise<SignInLinkState> {
  const t = await db.signInToken.findUnique({
    where: { tokenHash: hashToken(rawToken) },
    include: { person: true },
  });
  if (!t) return { kind: 'unknown' };
  if (t.usedAt) return { kind: 'used' };
  if (t.expiresAt <= now) return { kind: 'expired' };
  return { kind: 'open', tokenId: t.id, person: { id: t.person.id, name: t.person.name } };
}

/** Marks the link used; only one of two racing requests can win. */
export async function redeemSignInLink(
  db: Db,
  tokenId: string,
  now = new Date(),
): Promise<boolean> {
  const { count } = await db.signInToken.updateMany({
    where: { id: tokenId, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}
