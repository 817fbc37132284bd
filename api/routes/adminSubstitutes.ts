// Administration: stand-ins for absent approvers. During [startsAt, endsAt) the absent person's
// action links go to the substitute, who decides on their behalf (activities/approvers.ts).
import { z } from 'zod';
import type { ApiDeps } from '../apiDeps';
import type { RouteSpec } from '../routeSpec';
import { errorsSchema } from '../schemas';
import { parsedOr422 } from '../zodViolations';
import { answerWrite, inputViolation, notFound, refusalSchema, refuseInput } from './adminAnswers';

const instant = z.iso.datetime({ offset: true });
const createSchema = z.object({
  absentId: z.string().min(1),
  substituteId: z.string().min(1),
  startsAt: instant,
  endsAt: instant,
});
const listQuery = z.object({ personId: z.string().optional().describe('absent or standing in') });
const substituteSchema = z.object({
  id: z.string(),
  absentId: z.string(),
  substituteId: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
});

export function adminSubstituteRoutes({ db }: ApiDeps): RouteSpec[] {
  const admin = { roles: ['administrator'] } as const;
  return [
    {
      method: 'get',
      path: '/api/admin/substitutes',
      summary: 'Substitutions (filter by a person, absent or standing in)',
      tags: ['administration'],
      access: admin,
      query: listQuery,
      responses: {
        200: {
          description: 'Substitutions',
          schema: z.object({ substitutes: z.array(substituteSchema) }),
        },
      },
      async handler(req, res) {
        const q = listQuery.safeParse(req.query);
        const personId = q.success ? q.data.personId : undefined;
        const substitutes = await db.substitute.findMany({
          where: personId ? { OR: [{ absentId: personId }, { substituteId: personId }] } : {},
          orderBy: { startsAt: 'asc' },
        });
        res.json({ substitutes });
      },
    },
    {
      method: 'post',
      path: '/api/admin/substitutes',
      summary: 'Name a substitute for an absent person over a period',
      tags: ['administration'],
      access: admin,
      body: { schema: createSchema },
      responses: {
        201: { description: 'Recorded', schema: substituteSchema },
        422: {
          description: 'Invalid period, the same person, or an unknown person',
          schema: errorsSchema,
        },
      },
      async handler(req, res) {
        const body = parsedOr422(createSchema, req.body, res);
        if (!body) return;
        const s = body;
        if (s.absentId === s.substituteId) {
          refuseInput(res, [
            inputViolation('substituteId', 'a person cannot stand in for themselves'),
          ]);
          return;
        }
        if (Date.parse(s.endsAt) <= Date.parse(s.startsAt)) {
          refuseInput(res, [inputViolation('endsAt', 'must be after startsAt')]);
          return;
        }
        await answerWrite(
          res,
          () =>
            db.substitute.create({
              data: { ...s, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) },
            }),
          201,
        );
      },
    },
    {
      method: 'delete',
      path: '/api/admin/substitutes/:id',
      summary: 'End a substitution now (one not yet begun ends before it starts)',
      tags: ['administration'],
      access: admin,
      responses: {
        200: { description: 'Ended', schema: substituteSchema },
        404: { description: 'No such substitution', schema: refusalSchema },
      },
      async handler(req, res) {
        const id = String(req.params.id);
        const found = await db.substitute.findUnique({ where: { id } });
        if (!found) {
          notFound(res, 'substitution');
          return;
        }
        const now = Date.now();
        const endsAt = new Date(
          Math.max(found.startsAt.getTime(), Math.min(found.endsAt.getTime(), now)),
        );
        res.json(await db.substitute.update({ where: { id }, data: { endsAt } }));
      },
    },
  ];
}
