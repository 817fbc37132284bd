// Whether a form post came from another site. Browsers send Origin (and Sec-Fetch-Site) with
// every POST; a sign-in posted from elsewhere could sign a victim into an attacker's account.
import type { Request } from 'express';

export function postedFromAnotherSite(req: Request, publicBaseUrl: string): boolean {
  if (req.get('sec-fetch-site') === 'cross-site') return true;
  const origin = req.get('origin');
  if (!origin) return false;
  // Our pages are served with Referrer-Policy: no-referrer, so Chromium sends `Origin: null`
  // with their own form posts; Sec-Fetch-Site still says whether the post came from our site.
  if (origin === 'null') return req.get('sec-fetch-site') !== 'same-origin';
  const ours = [new URL(publicBaseUrl).origin, `${req.protocol}://${req.get('host') ?? ''}`];
  return !ours.includes(origin);
}
