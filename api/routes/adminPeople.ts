// Administration: the people who can sign in (by their e-mail address) and act in the system.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ApiDeps } from '../apiDeps';
import type { RouteSpec } from '../routeSpec';
import { errorsSchema } from '../schemas';
import { parsedOr422 } from '../zodViolations';
import { answerWrite, notFound, refusalSchema } from './adminAnswers';

const personFields = {
  email: z.email().max(320),
  name: z.string().trim().min(1).max(200),
  locale: z.enum(['vi', 'en']),
  unitId: z.string().min(1).nullable(),
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

const shown = { id: true, email: true, name: true, locale: true, unitId: true } as const;

export function adminPeopleRoutes({ db }: ApiDeps): RouteSpec[] {
  const admin = { roles: ['administrator'] } as const;
  return [
    {
      method: 'get',
      path: '/api/admin/people',
      summary: 'Every person, with the roles they hold',
      tags: ['administration'],
      access: admin,
      responses: {
        200: { description: 'People', schema: z.object({ people: z.array(personSchema) }) },
      },
      async handler(_req, res) {
        const people = await db.person.findMany({
          select: { ...shown, roles: { orderBy: { validFrom: 'asc' } } },
          orderBy: { name: 'asc' },
        });
        res.json({ people });
      },
    },
    {
      method: 'post',
      path: '/api/admin/people',
      summary: 'Add a person (they sign in with this e-mail address)',
      tags: ['administration'],
      access: admin,
      body: { schema: createSchema },
      responses: {
        201: { description: 'Added', schema: personSchema },
        409: { description: 'The id or e-mail is taken', schema: refusalSchema },
        422: { description: 'Invalid, or an unknown unit', schema: errorsSchema },
      },
      async handler(req, res) {
        const body = parsedOr422(createSchema, req.body, res);
        if (!body) return;
        const { id, ...data } = body;
        await answerWrite(
          res,
          () => db.person.create({ data: { id: id ?? randomUUID(), ...data }, select: shown }),
          201,
        );
      },
    },
    {
      method: 'patch',
      path: '/api/admin/people/:id',
      summary: 'Change a person’s name, e-mail, language or unit',
      tags: ['administration'],
      access: admin,
      body: { schema: updateSchema },
      responses: {
        200: { description: 'Changed', schema: personSchema },
        404: { description: 'No such person', schema: refusalSchema },
        409: { description: 'The e-mail is taken', schema: refusalSchema },
        422: { description: 'Invalid, or an unknown unit', schema: errorsSchema },
      },
      async handler(req, res) {
        const body = parsedOr422(updateSchema, req.body, res);
        if (!body) return;
        const id = String(req.params.id);
        if (!(await db.person.findUnique({ where: { id } }))) {
          notFound(res, 'person');
          return;
        }
        await answerWrite(res, () =>
          db.person.update({ where: { id }, data: body, select: shown }),
        );
      },
    },
  ];
}
