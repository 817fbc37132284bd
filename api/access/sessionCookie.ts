// The session cookie: HttpOnly (scripts cannot read it), SameSite=Lax (not sent on cross-site
// form posts), Secure whenever the request came over HTTPS (directly or through a trusted proxy).
import type { CookieOptions, Request, Response } from 'express';

export const sessionCookieName = 'sd_session';

const optionsFor = (req: Request): CookieOptions => ({
  httpOnly: true,
  sameSite: 'lax',
  secure: req.secure,
  path: '/',
});

export function setSessionCookie(
  req: Request,
  res: Response,
  token: string,
  expiresAt: Date,
): void {
  res.cookie(sessionCookieName, token, { ...optionsFor(req), expires: expiresAt });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(sessionCookieName, optionsFor(req));
}

export function sessionTokenOf(req: Request): string | undefined {
  const cookies: unknown = req.cookies;
  if (!cookies || typeof cookies !== 'object') return undefined;
  const value = (cookies as Record<string, unknown>)[sessionCookieName];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
