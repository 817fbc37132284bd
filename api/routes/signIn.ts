// Sign-in without passwords: an address is posted, a one-time link is mailed (by a workflow, see
// workflows/signInLink.ts); opening the link shows a button and changes nothing, pressing it
// starts a server-side session. Public by nature, so rate-limited.
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { z } from 'zod';
import {
  signInLinkWorkflowId,
  type signInLinkWorkflow,
  type SignInLinkRequest,
} from '../../workflows/signInLink';
import { grantsOf } from '../access/principal';
import { csrfTokenFor } from '../access/csrf';
import { postedFromAnotherSite } from '../access/sameOrigin';
import { securityOf } from '../access/securityConfig';
import { sessionTokenOf, setSessionCookie } from '../access/sessionCookie';
import { liveSession, revokeSession, startSession } from '../access/sessions';
import type { ApiDeps } from '../apiDeps';
import {
  crossSitePageHtml,
  signedInPageHtml,
  signInConfirmPageHtml,
  signInRequestPageHtml,
  signInSentPageHtml,
  signInStalePageHtml,
} from '../pages/signInPages';
import { webLangOf } from '../web/webLang';
import { say } from '../audit/timelineLabels';
import type { RouteSpec } from '../routeSpec';
import { redeemSignInLink, signInLinkState } from '../signInLinkState';

const requestSchema = z.object({ email: z.email().max(320) });
const acceptedSchema = z.object({ message: z.string() });
const accepted = {
  message:
    'Nếu địa chỉ có trong hệ thống, đường dẫn đăng nhập đã được gửi. / If the address is registered, a sign-in link is on its way.',
};

const page = (res: Response, status: number, html: string) => {
  res
    .status(status)
    .set('Referrer-Policy', 'no-referrer')
    .set('Cache-Control', 'no-store')
    .type('html')
    .send(html);
};
const isForm = (req: Request) =>
  req.is('application/x-www-form-urlencoded') === 'application/x-www-form-urlencoded';

export function signInRoutes(deps: ApiDeps): RouteSpec[] {
  const { db, temporal, taskQueue, publicBaseUrl } = deps;
  const security = securityOf(deps);
  const html = { description: 'Page', contentType: 'text/html' };
  return [
    {
      method: 'get',
      path: '/auth/sign-in',
      summary: 'The sign-in page: asks for an e-mail address',
      tags: ['sign-in'],
      access: { public: true },
      responses: { 200: html },
      handler(req, res) {
        page(res, 200, signInRequestPageHtml(webLangOf(req), '/auth/sign-in'));
      },
    },
    {
      method: 'post',
      path: '/auth/sign-in',
      summary:
        'Mail a one-time sign-in link to this address if it belongs to a person (the answer is the same either way); rate-limited',
      tags: ['sign-in'],
      access: { public: true },
      rateLimit: 'sign_in_request',
      body: { schema: requestSchema },
      responses: {
        202: { description: 'Accepted (JSON, or a page for a form post)', schema: acceptedSchema },
        422: {
          description: 'Not an e-mail address (a page again for a form post)',
          schema: z.object({ error: z.literal('InvalidEmail'), message: z.string() }),
        },
        429: { description: 'Too many requests from this address' },
      },
      async handler(req, res) {
        const parsed = requestSchema.safeParse(req.body);
        if (!parsed.success) {
          if (isForm(req))
            page(
              res,
              422,
              signInRequestPageHtml(
                webLangOf(req),
                '/auth/sign-in',
                say(webLangOf(req), 'Địa chỉ thư điện tử không hợp lệ.', 'Not an e-mail address.'),
              ),
            );
          else res.status(422).json({ error: 'InvalidEmail', message: 'Not an e-mail address' });
          return;
        }
        const requestId = randomUUID();
        const request: SignInLinkRequest = {
          email: parsed.data.email,
          requestId,
          validMinutes: security.signInLinkMinutes,
        };
        // Started for every address, known or not, so the answer and its timing say nothing.
        await temporal.workflow.start<typeof signInLinkWorkflow>('signInLinkWorkflow', {
          workflowId: signInLinkWorkflowId(requestId),
          taskQueue,
          args: [request],
        });
        if (isForm(req)) page(res, 202, signInSentPageHtml(webLangOf(req)));
        else res.status(202).json(accepted);
      },
    },
    {
      method: 'get',
      path: '/auth/sign-in/:token',
      summary:
        'The emailed sign-in link: shows a button; changes nothing (mail scanners open links)',
      tags: ['sign-in'],
      access: { public: true },
      rateLimit: 'link',
      responses: {
        200: html,
        404: { description: 'Unknown link', contentType: 'text/html' },
        409: { description: 'Already used', contentType: 'text/html' },
        410: { description: 'Expired', contentType: 'text/html' },
      },
      async handler(req, res) {
        const s = await signInLinkState(db, String(req.params.token));
        if (s.kind !== 'open') {
          const stale = signInStalePageHtml(webLangOf(req), s.kind);
          page(res, stale.status, stale.html);
          return;
        }
        page(res, 200, signInConfirmPageHtml(webLangOf(req), s.person.name, req.originalUrl));
      },
    },
    {
      method: 'post',
      path: '/auth/sign-in/:token',
      summary:
        'Sign in with the link (once): starts a session and sets its cookie (HttpOnly, SameSite=Lax, Secure over HTTPS)',
      tags: ['sign-in'],
      access: { public: true },
      rateLimit: 'link',
      responses: {
        200: { description: 'Signed in; the page has the sign-out form', contentType: 'text/html' },
        403: { description: 'Posted from another site', contentType: 'text/html' },
        404: { description: 'Unknown link', contentType: 'text/html' },
        409: { description: 'Already used', contentType: 'text/html' },
        410: { description: 'Expired', contentType: 'text/html' },
      },
      async handler(req, res) {
        if (postedFromAnotherSite(req, publicBaseUrl)) {
          page(res, 403, crossSitePageHtml(webLangOf(req)));
          return;
        }
        const s = await signInLinkState(db, String(req.params.token));
        if (s.kind !== 'open' || !(await redeemSignInLink(db, s.tokenId))) {
          const stale = signInStalePageHtml(webLangOf(req), s.kind === 'open' ? 'used' : s.kind);
          page(res, stale.status, stale.html);
          return;
        }
        // A browser that was signed in before gets a new session, never the old one back.
        const previous = sessionTokenOf(req);
        const old = previous ? await liveSession(db, previous) : undefined;
        if (old) await revokeSession(db, old.id);
        const session = await startSession(db, s.person.id, security.sessionHours, {
          ip: req.ip,
          userAgent: req.get('user-agent'),
        });
        setSessionCookie(req, res, session.token, session.expiresAt);
        const roles = [...new Set((await grantsOf(db, s.person.id)).map((g) => g.role))];
        page(
          res,
          200,
          signedInPageHtml(webLangOf(req), s.person.name, roles, csrfTokenFor(session.token)),
        );
      },
    },
  ];
}
