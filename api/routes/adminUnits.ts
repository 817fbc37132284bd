// Administration: units come and go as the province reorganises. A merged unit keeps its rows,
// gets a valid-to date and a successor, and its delegations roll up to the current successor.
import { z } from 'zod';
import { localDateOf } from '../../domain/calendar';
import { answeringUnitOn } from '../../domain/unitSuccession';
import { localDate } from '../../domain/vnText';
import type { Db } from '../../prisma/client';
import type { ApiDeps } from '../apiDeps';
import type { RouteSpec } from '../routeSpec';
import { errorsSchema } from '../schemas';
import { parsedOr422 } from '../zodViolations';
import { answerWrite, inputViolation, notFound, refusalSchema, refuseInput } from './adminAnswers';

const createSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .max(100),
  provinceId: z.string().min(1),
  name: z.string().trim().min(1).max(300),
  directCommitteeId: z.string().min(1).optional(),
  validFrom: localDate.optional().describe('YYYY-MM-DD; defaults to today'),
});
const updateSchema = z
  .object({
    name: z.string().trim().min(1).max(300),
    directCommitteeId: z.string().min(1).nullable(),
    validTo: localDate.nullable().describe('YYYY-MM-DD: the last day the unit exists'),
    successorId: z.string().min(1).nullable().describe('the unit that takes it over'),
  })
  .partial();
const unitSchema = z.object({
  id: z.string(),
  provinceId: z.string(),
  name: z.string(),
  directCommitteeId: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  successorId: z.string().nullable(),
  currentSuccessorId: z.string().describe('the unit that answers for it today (itself if none)'),
});

const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const dateOf = (day: string) => new Date(`${day}T00:00:00Z`);

/** Every unit as shown, with the unit that answers for it today. */
async function unitViews(db: Db, where: { id?: string } = {}) {
  const all = await db.unit.findMany({ orderBy: { id: 'asc' } });
  const answering = answeringUnitOn(
    all.map((u) => ({ ...u, validTo: u.validTo && dayOf(u.validTo) })),
    localDateOf(new Date().toISOString()),
  );
  return all
    .filter((u) => !where.id || u.id === where.id)
    .map((u) => ({
      id: u.id,
      provinceId: u.provinceId,
      name: u.name,
      directCommitteeId: u.directCommitteeId,
      validFrom: dayOf(u.validFrom),
      validTo: u.validTo && dayOf(u.validTo),
      successorId: u.successorId,
      currentSuccessorId: answering.get(u.id) ?? u.id,
    }));
}

export function adminUnitRoutes({ db }: ApiDeps): RouteSpec[] {
  const admin = { roles: ['administrator'] } as const;
  return [
    {
      method: 'get',
      path: '/api/admin/units',
      summary: 'Every unit, current or merged, with the unit that answers for it today',
      tags: ['administration'],
      access: admin,
      responses: {
        200: { description: 'Units', schema: z.object({ units: z.array(unitSchema) }) },
      },
      async handler(_req, res) {
        res.json({ units: await unitViews(db) });
      },
    },
    {
      method: 'post',
      path: '/api/admin/units',
      summary: 'Add a unit',
      tags: ['administration'],
      access: admin,
      body: { schema: createSchema },
      responses: {
        201: { description: 'Added', schema: unitSchema },
        409: { description: 'The id is taken', schema: refusalSchema },
        422: { description: 'Invalid, or an unknown province or committee', schema: errorsSchema },
      },
      async handler(req, res) {
        const body = parsedOr422(createSchema, req.body, res);
        if (!body) return;
        const { validFrom, ...data } = body;
        await answerWrite(
          res,
          async () => {
            await db.unit.create({
              data: { ...data, ...(validFrom ? { validFrom: dateOf(validFrom) } : {}) },
            });
            return (await unitViews(db, { id: data.id }))[0];
          },
          201,
        );
      },
    },
    {
      method: 'patch',
      path: '/api/admin/units/:id',
      summary:
        'Rename a unit, change its direct committee, or end it (validTo) and name its successor',
      tags: ['administration'],
      access: admin,
      body: { schema: updateSchema },
      responses: {
        200: { description: 'Changed', schema: unitSchema },
        404: { description: 'No such unit', schema: refusalSchema },
        422: { description: 'Invalid, or an unknown committee or successor', schema: errorsSchema },
      },
      async handler(req, res) {
        const body = parsedOr422(updateSchema, req.body, res);
        if (!body) return;
        const id = String(req.params.id);
        if (!(await db.unit.findUnique({ where: { id } }))) {
          notFound(res, 'unit');
          return;
        }
        if (body.successorId === id) {
          refuseInput(res, [inputViolation('successorId', 'a unit cannot succeed itself')]);
          return;
        }
        const { validTo, ...rest } = body;
        await answerWrite(res, async () => {
          await db.unit.update({
            where: { id },
            data: {
              ...rest,
              ...(validTo !== undefined ? { validTo: validTo && dateOf(validTo) } : {}),
            },
          });
          return (await unitViews(db, { id }))[0];
        });
      },
    },
  ];
}
