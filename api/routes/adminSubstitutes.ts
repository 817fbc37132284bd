// Administration: stand-ins for absent approvers. During [startsAt, endsAt) the absent person's
// action links go to the substitute, who decides on their behalf (activities/approvers.ts).
import { z } from 'zod';
import { storableId } from '../../domain/storableText';
import type { Substitute } from '../../generated/prisma/client';
import type { Db } from '../../prisma/client';
import type { ApiDeps } from '../apiDeps';
import type { RouteSpec } from '../routeSpec';
import {
  invalidField,
  missing,
  parsedInput,
  writeOutcome,
  type AdminOutcome,
} from './adminAnswers';
import { adminChangeRoute, administrators } from './adminChangeRoute';

const instant = z.iso.datetime({ offset: true });
const createSchema = z.object({
  absentId: storableId(),
  substituteId: storableId(),
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

/** Substitutions where a person is absent or stands in, or all of them. */
export const listSubstitutes = (db: Db, personId?: string) =>
  db.substitute.findMany({
    where: personId ? { OR: [{ absentId: personId }, { substituteId: personId }] } : {},
    orderBy: { startsAt: 'asc' },
  });

/** Names a substitute from the request body or the form (the same checks for both). */
export async function addSubstitute(db: Db, input: unknown): Promise<AdminOutcome<Substitute>> {
  const body = parsedInput(createSchema, input);
  if (!body.ok) return body;
  const s = body.data;
  if (s.absentId === s.substituteId) {
    return invalidField('substituteId', 'a person cannot stand in for themselves');
  }
  if (Date.parse(s.endsAt) <= Date.parse(s.startsAt)) {
    return invalidField('endsAt', 'must be after startsAt');
  }
  return writeOutcome(
    () =>
      db.substitute.create({
        data: { ...s, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) },
      }),
    201,
  );
}

/** Ends a substitution now; one not yet begun ends before it starts. */
export async function endSubstitute(db: Db, id: string): Promise<AdminOutcome<Substitute>> {
  const found = await db.substitute.findUnique({ where: { id } });
  if (!found) return missing('substitution', 'việc thay thế');
  const now = Date.now();
  const endsAt = new Date(
    Math.max(found.startsAt.getTime(), Math.min(found.endsAt.getTime(), now)),
  );
  return writeOutcome(() => db.substitute.update({ where: { id }, data: { endsAt } }));
}

export function adminSubstituteRoutes({ db }: ApiDeps): RouteSpec[] {
  return [
    {
      method: 'get',
      path: '/api/admin/substitutes',
      summary: 'Substitutions (filter by a person, absent or standing in)',
      tags: ['administration'],
      access: administrators,
      query: listQuery,
      responses: {
        200: {
          description: 'Substitutions',
          schema: z.object({ substitutes: z.array(substituteSchema) }),
        },
      },
      async handler(req, res) {
        const q = listQuery.safeParse(req.query);
        res.json({
          substitutes: await listSubstitutes(db, q.success ? q.data.personId : undefined),
        });
      },
    },
    adminChangeRoute({
      method: 'post',
      path: '/api/admin/substitutes',
      summary: 'Name a substitute for an absent person over a period',
      body: createSchema,
      done: { status: 201, description: 'Recorded', schema: substituteSchema },
      refusals: { 422: 'Invalid period, the same person, or an unknown person' },
      change: (req) => addSubstitute(db, req.body),
    }),
    adminChangeRoute({
      method: 'delete',
      path: '/api/admin/substitutes/:id',
      summary: 'End a substitution now (one not yet begun ends before it starts)',
      done: { status: 200, description: 'Ended', schema: substituteSchema },
      refusals: { 404: 'No such substitution' },
      change: (req) => endSubstitute(db, String(req.params.id)),
    }),
  ];
}
