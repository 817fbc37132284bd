// The language switch of the web pages: a link, so it works without JavaScript.
import { z } from 'zod';
import type { ApiDeps } from '../apiDeps';
import type { RouteSpec } from '../routeSpec';
import { langCookie, localPathOr } from '../web/webLang';

const yearMs = 365 * 24 * 3_600_000;

export function webLanguageRoutes(_deps: ApiDeps): RouteSpec[] {
  return [
    {
      method: 'get',
      path: '/language/:lang',
      summary: 'Show the web pages in Vietnamese (vi) or English (en), then back to the page',
      tags: ['web'],
      // Public: it only sets a display preference and sends the browser back to this site.
      access: { public: true },
      query: z.object({ back: z.string().optional() }),
      responses: { 303: { description: 'Back to the page (a path of this site only)' } },
      handler(req, res) {
        const lang = req.params.lang === 'en' ? 'en' : 'vi';
        res.cookie(langCookie, lang, {
          httpOnly: true,
          sameSite: 'lax',
          secure: req.secure,
          maxAge: yearMs,
          path: '/',
        });
        res.redirect(303, localPathOr(req.query.back, '/'));
      },
    },
  ];
}
