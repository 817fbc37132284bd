// The language of the web pages: Vietnamese first; a person who switches to English keeps it in a
// cookie (a display preference, nothing secret, so it is readable and not signed).
import type { Request } from 'express';
import type { Lang } from '../audit/timelineLabels';

export const langCookie = 'lang';

/** The language the browser chose with the switch, or undefined when it never used it. */
export function chosenWebLang(req: Request): Lang | undefined {
  const cookies: unknown = req.cookies;
  const chosen =
    cookies && typeof cookies === 'object' && langCookie in cookies
      ? (cookies as Record<string, unknown>)[langCookie]
      : undefined;
  return chosen === 'en' || chosen === 'vi' ? chosen : undefined;
}

export const webLangOf = (req: Request): Lang => chosenWebLang(req) ?? 'vi';

/** Where a language switch may send the browser back to: a path of this site, never elsewhere. */
export function localPathOr(back: unknown, fallback: string): string {
  return typeof back === 'string' && /^\/(?![/\\])[^\s]*$/.test(back) ? back : fallback;
}
