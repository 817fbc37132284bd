// CSRF protection for requests authenticated by the session cookie. The token is derived from the
// session's secret (which only the browser holding the cookie has, and no other site can read),
// so nothing extra is stored and every form and script of the session uses the same token.
// Requests with a Bearer key are not at risk: no browser adds that header by itself.
import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { sameSecret } from './secretTokens';

export const csrfHeader = 'x-csrf-token';
export const csrfField = '_csrf';

export function csrfTokenFor(sessionToken: string): string {
  // A prefix of its own, so the token is never the session's stored hash.
  return createHash('sha256').update(`csrf\0${sessionToken}`).digest('base64url');
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export const changesState = (req: Request): boolean => !safeMethods.has(req.method);

/** The token the request carries, in the header (scripts) or the form field (HTML forms). */
function presentedToken(req: Request): string | undefined {
  const header = req.get(csrfHeader);
  if (header) return header;
  const body: unknown = req.body;
  if (body && typeof body === 'object' && csrfField in body) {
    const field = (body as Record<string, unknown>)[csrfField];
    return typeof field === 'string' ? field : undefined;
  }
  return undefined;
}

export function carriesCsrfToken(req: Request, expected: string): boolean {
  const presented = presentedToken(req);
  return presented !== undefined && sameSecret(presented, expected);
}
