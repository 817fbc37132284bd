// Administration: sessions still standing, and revoking one (a lost phone, a person who left).
import { z } from 'zod';
import { revokeSession } from '../access/sessions';
import type { ApiDeps } from '../apiDeps';
import type { RouteSpec } from '../routeSpec';
import { notFound, refusalSchema } from './adminAnswers';

const listQuery = z.object({ personId: z.string().optional() });
const sessionSchema = z.object({
  id: z.string(),
  personId: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});

export function adminSessionRoutes({ db }: ApiDeps): RouteSpec[] {
  const admin = { roles: ['administrator'] } as const;
  return [
    {
      method: 'get',
      path: '/api/admin/sessions',
      summary: 'Sessions neither revoked nor expired (filter by person)',
      tags: ['administration'],
      access: admin,
      query: listQuery,
      responses: {
        200: { description: 'Sessions', schema: z.object({ sessions: z.array(sessionSchema) }) },
      },
      async handler(req, res) {
        const q = listQuery.safeParse(req.query);
        const sessions = await db.session.findMany({
          where: {
            personId: q.success ? q.data.personId : undefined,
            revokedAt: null,
            expiresAt: { gt: new Date() },
          },
          select: {
            id: true,
            personId: true,
            createdAt: true,
            expiresAt: true,
            ip: true,
            userAgent: true,
          },
          orderBy: { createdAt: 'asc' },
        });
        res.json({ sessions });
      },
    },
    {
      method: 'delete',
      path: '/api/admin/sessions/:id',
      summary: 'Revoke a session: its cookie is refused from the next request on',
      tags: ['administration'],
      access: admin,
      responses: {
        204: { description: 'Revoked (or already ended)' },
        404: { description: 'No such session', schema: refusalSchema },
      },
      async handler(req, res) {
        const id = String(req.params.id);
        if (!(await db.session.findUnique({ where: { id } }))) {
          notFound(res, 'session');
          return;
        }
        await revokeSession(db, id);
        res.status(204).end();
      },
    },
  ];
}
