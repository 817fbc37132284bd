// Server-side sessions: the browser holds a random token, the database its hash and whether the
// session still stands. Revoking is a write here, so it takes effect on the very next request.
import type { Db } from '../../prisma/client';
import { hashToken, newToken } from './secretTokens';

export interface StartedSession {
  id: string;
  token: string;
  expiresAt: Date;
}

export async function startSession(
  db: Db,
  personId: string,
  hours: number,
  client: { ip?: string; userAgent?: string },
): Promise<StartedSession> {
  const { token, tokenHash } = newToken();
  const expiresAt = new Date(Date.now() + hours * 3_600_000);
  const row = await db.session.create({
    data: { tokenHash, personId, expiresAt, ip: client.ip, userAgent: client.userAgent },
  });
  return { id: row.id, token, expiresAt };
}

/** The session a cookie token stands for, if it is neither revoked nor expired. */
export async function liveSession(db: Db, token: string, now = new Date()) {
  const s = await db.session.findUnique({ where: { tokenHash: hashToken(token) } });
  return s && !s.revokedAt && s.expiresAt > now ? s : undefined;
}

/** Ends a session; ending one already ended changes nothing. */
export async function revokeSession(db: Db, id: string, now = new Date()): Promise<boolean> {
  const { count } = await db.session.updateMany({
    where: { id, revokedAt: null },
    data: { revokedAt: now },
  });
  return count === 1;
}
