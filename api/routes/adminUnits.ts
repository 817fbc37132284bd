// Administration: units come and go as the province reorganises. A merged unit keeps its rows,
// gets a valid-to date and a successor, and its delegations roll up to the current successor.
import { z } from 'zod';
import { storableId } from '../../domain/storableText';
import { localDateOf } from '../../domain/calendar';
import { answeringUnitOn } from '../../domain/unitSuccession';
import { localDate } from '../../domain/vnText';
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

const createSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .max(100),
  provinceId: storableId(),
  name: z.string().trim().min(1).max(300),
  directCommitteeId: storableId().optional(),
  validFrom: localDate.optional().describe('YYYY-MM-DD; defaults to today'),
});
const updateSchema = z
  .object({
    name: z.string().trim().min(1).max(300),
    directCommitteeId: storableId().nullable(),
    validTo: localDate.nullable().describe('YYYY-MM-DD: the last day the unit exists'),
    successorId: storableId().nullable().describe('the unit that takes it over'),
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

type UnitView = z.infer<typeof unitSchema>;

const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const dateOf = (day: string) => new Date(`${day}T00:00:00Z`);

/** Every unit as shown, with the unit that answers for it today. */
export async function unitViews(db: Db, where: { id?: string } = {}): Promise<UnitView[]> {
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

/** The unit just written, as shown. */
const viewOf = async (db: Db, id: string): Promise<UnitView> => {
  const [view] = await unitViews(db, { id });
  if (!view) throw new Error(`unit ${id} vanished after it was written`);
  return view;
};

/** Adds a unit from the request body or the form (the same checks for both). */
export async function addUnit(db: Db, input: unknown): Promise<AdminOutcome<UnitView>> {
  const body = parsedInput(createSchema, input);
  if (!body.ok) return body;
  const { validFrom, ...data } = body.data;
  return writeOutcome(async () => {
    await db.unit.create({
      data: { ...data, ...(validFrom ? { validFrom: dateOf(validFrom) } : {}) },
    });
    return viewOf(db, data.id);
  }, 201);
}

/** Renames a unit, changes its committee, or ends it and names its successor. */
export async function changeUnit(
  db: Db,
  id: string,
  input: unknown,
): Promise<AdminOutcome<UnitView>> {
  const body = parsedInput(updateSchema, input);
  if (!body.ok) return body;
  if (!(await db.unit.findUnique({ where: { id } }))) return missing('unit', 'đơn vị');
  if (body.data.successorId === id) {
    return invalidField('successorId', 'a unit cannot succeed itself');
  }
  const { validTo, ...rest } = body.data;
  return writeOutcome(async () => {
    await db.unit.update({
      where: { id },
      data: {
        ...rest,
        ...(validTo !== undefined ? { validTo: validTo && dateOf(validTo) } : {}),
      },
    });
    return viewOf(db, id);
  });
}

export function adminUnitRoutes({ db }: ApiDeps): RouteSpec[] {
  return [
    {
      method: 'get',
      path: '/api/admin/units',
      summary: 'Every unit, current or merged, with the unit that answers for it today',
      tags: ['administration'],
      access: administrators,
      responses: {
        200: { description: 'Units', schema: z.object({ units: z.array(unitSchema) }) },
      },
      async handler(_req, res) {
        res.json({ units: await unitViews(db) });
      },
    },
    adminChangeRoute({
      method: 'post',
      path: '/api/admin/units',
      summary: 'Add a unit',
      body: createSchema,
      done: { status: 201, description: 'Added', schema: unitSchema },
      refusals: { 409: 'The id is taken', 422: 'Invalid, or an unknown province or committee' },
      change: (req) => addUnit(db, req.body),
    }),
    adminChangeRoute({
      method: 'patch',
      path: '/api/admin/units/:id',
      summary:
        'Rename a unit, change its direct committee, or end it (validTo) and name its successor',
      body: updateSchema,
      done: { status: 200, description: 'Changed', schema: unitSchema },
      refusals: { 404: 'No such unit', 422: 'Invalid, or an unknown committee or successor' },
      change: (req) => changeUnit(db, String(req.params.id), req.body),
    }),
  ];
}
