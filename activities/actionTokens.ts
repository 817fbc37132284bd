import { createHash, randomBytes } from 'node:crypto';
import type { Prisma } from '../generated/prisma/client';

/** 256 random bits, URL-safe; only the SHA-256 is stored. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type TokenBinding = Omit<Prisma.ActionTokenUncheckedCreateInput, 'tokenHash' | 'id'>;

/** Issues an action link token bound to one delegation, stage, version, approver and decisions. */
export async function issueActionToken(
  db: Prisma.TransactionClient,
  binding: TokenBinding,
): Promise<string> {
  const { token, tokenHash } = newToken();
  await db.actionToken.create({ data: { ...binding, tokenHash } });
  return token;
}
