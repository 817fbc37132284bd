// Administration: the people who can sign in (by their e-mail address) and act in the system.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { storableId } from '../../domain/storableText';
import type { Db } from '../../prisma/client';
import type { ApiDeps } from '../apiDeps';
import type { RouteSpec } from '../routeSpec';
import { missing, parsedInput, writeOutcome, type AdminOutcome } from './adminAnswers';
import { adminChangeRoute, administrators } from './adminChangeRoute';

const personFields = {
  email: z.email().max(320),
  name: z.string().trim().min(1).max(200),
  locale: z.enum(['vi', 'en']),
  unitId: storableId().nullable(),
};
const createSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]*$/)
    .max(100)
    .optional()
    .describe('defaults to a UUID'),
  ...personFields,
  locale: personFields.locale.default('vi'),
  unitId: personFields.unitId.optional(),
});
const updateSchema = z.object(personFields).partial();
const personSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  locale: z.string(),
  unitId: z.string().nullable(),
});

type Person = z.infer<typeof personSchema>;

const shown = { id: true, email: true, name: true, locale: true, unitId: true } as const;

/** Every person with the roles they hold (the list of the API and of the page). */
export const listPeople = (db: Db) =>
  db.person.findMany({
    select: { ...shown, roles: { orderBy: { validFrom: 'asc' } } },
    orderBy: { name: 'asc' },
  });

/** One person as the API shows them, or null. */
export const personById = (db: Db, id: string) =>
  db.person.findUnique({ where: { id }, select: shown });

/** Adds a person from the request body or the form (the same checks for both). */
export async function addPerson(db: Db, input: unknown): Promise<AdminOutcome<Person>> {
  const body = parsedInput(createSchema, input);
  if (!body.ok) return body;
  const { id, ...data } = body.data;
  return writeOutcome(
    () => db.person.create({ data: { id: id ?? randomUUID(), ...data }, select: shown }),
    201,
  );
}

export async function changePerson(
  db: Db,
  id: string,
  input: unknown,
): Promise<AdminOutcome<Person>> {
  const body = parsedInput(updateSchema, input);
  if (!body.ok) return body;
  if (!(await personById(db, id))) return missing('person', 'người dùng');
  return writeOutcome(() => db.person.update({ where: { id }, data: body.data, select: shown }));
}

export function adminPeopleRoutes({ db }: ApiDeps): RouteSpec[] {
  return [
    {
      method: 'get',
      path: '/api/admin/people',
      summary: 'Every person, with the roles they hold',
      tags: ['administration'],
      access: administrators,
      responses: {
        200: { description: 'People', schema: z.object({ people: z.array(personSchema) }) },
      },
      async handler(_req, res) {
        res.json({ people: await listPeople(db) });
      },
    },
    adminChangeRoute({
      method: 'post',
      path: '/api/admin/people',
      summary: 'Add a person (they sign in with this e-mail address)',
      body: createSchema,
      done: { status: 201, description: 'Added', schema: personSchema },
      refusals: { 409: 'The id or e-mail is taken', 422: 'Invalid, or an unknown unit' },
      change: (req) => addPerson(db, req.body),
    }),
    adminChangeRoute({
      method: 'patch',
      path: '/api/admin/people/:id',
      summary: 'Change a person’s name, e-mail, language or unit',
      body: updateSchema,
      done: { status: 200, description: 'Changed', schema: personSchema },
      refusals: {
        404: 'No such person',
        409: 'The e-mail is taken',
        422: 'Invalid, or an unknown unit',
      },
      change: (req) => changePerson(db, String(req.params.id), req.body),
    }),
  ];
}
