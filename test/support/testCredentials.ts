// Credentials for tests, made directly in the database with the same code the API uses: an API
// key holding one role, or a signed-in session of a seeded person (cookie and CSRF token).
import { issueApiKey } from '../../api/access/apiKeys';
import { csrfTokenFor } from '../../api/access/csrf';
import { sessionCookieName } from '../../api/access/sessionCookie';
import { startSession } from '../../api/access/sessions';
import type { Role } from '../../domain/roles';
import type { Db } from '../../prisma/client';

export type Headers = Record<string, string>;

export async function apiKeyHeaders(
  db: Db,
  grant: { role: Role; unitId?: string; bodyId?: string },
): Promise<Headers> {
  const { key } = await issueApiKey(db, { name: `test ${grant.role}`, ...grant });
  return { authorization: `Bearer ${key}` };
}

export interface TestSession {
  id: string;
  /** Cookie and CSRF token, as a browser script of the session would send them. */
  headers: Headers;
  cookie: string;
  csrfToken: string;
}

export async function sessionOf(db: Db, personId: string): Promise<TestSession> {
  const s = await startSession(db, personId, 1, { userAgent: 'jest' });
  const cookie = `${sessionCookieName}=${s.token}`;
  const csrfToken = csrfTokenFor(s.token);
  return { id: s.id, cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}
