// The caller's own session: who am I (with the CSRF token scripts send back), and sign-out.
import { z } from 'zod';
import { roles } from '../../domain/roles';
import { accessOf } from '../access/routeAccess';
import { clearSessionCookie } from '../access/sessionCookie';
import { revokeSession } from '../access/sessions';
import type { ApiDeps } from '../apiDeps';
import type { RouteSpec } from '../routeSpec';

const grantSchema = z.object({
  role: z.enum(roles),
  unitId: z.string().nullable(),
  bodyId: z.string().nullable(),
  provinceId: z.string().nullable(),
});
const sessionSchema = z.object({
  kind: z.enum(['person', 'api_key']),
  id: z.string().describe('the person, or the API key'),
  name: z.string(),
  grants: z.array(grantSchema),
  csrfToken: z
    .string()
    .optional()
    .describe('for a session: send it as X-CSRF-Token (or _csrf) with every POST, PATCH, DELETE'),
});

export function sessionRoutes({ db }: ApiDeps): RouteSpec[] {
  return [
    {
      method: 'get',
      path: '/api/session',
      summary: 'Who is calling: the signed-in person or the API key, its roles, and the CSRF token',
      tags: ['sign-in'],
      access: { signedIn: true },
      responses: { 200: { description: 'The caller', schema: sessionSchema } },
      handler(req, res) {
        const { principal: p } = accessOf(req);
        res.json(
          p.kind === 'person'
            ? {
                kind: p.kind,
                id: p.personId,
                name: p.name,
                grants: p.grants,
                csrfToken: p.csrfToken,
              }
            : { kind: p.kind, id: p.apiKeyId, name: p.name, grants: p.grants },
        );
      },
    },
    {
      method: 'post',
      path: '/auth/sign-out',
      summary:
        'End this session (needs the CSRF token); a form post is sent on to the sign-in page',
      tags: ['sign-in'],
      access: { signedIn: true },
      responses: {
        204: { description: 'Signed out' },
        303: { description: 'Signed out (form post): to the sign-in page' },
      },
      async handler(req, res) {
        const { principal } = accessOf(req);
        if (principal.kind === 'person') await revokeSession(db, principal.sessionId);
        clearSessionCookie(req, res);
        if (req.is('application/x-www-form-urlencoded')) res.redirect(303, '/auth/sign-in');
        else res.status(204).end();
      },
    },
  ];
}
