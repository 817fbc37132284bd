// Secrets handed to people and machines (session cookies, API keys) are random and stored only as
// their SHA-256, exactly like action-link tokens: a copy of the database signs nobody in.
import { timingSafeEqual } from 'node:crypto';
import { hashToken, newToken } from '../../activities/actionTokens';

export { hashToken, newToken };

/** Compares two secrets in constant time, so a wrong guess says nothing about the right one. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
