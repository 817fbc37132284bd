// Administration: who holds which role where. Ending an assignment keeps it (with its valid-to),
// so who could act on a delegation at the time stays on record.
import { z } from 'zod';
import { roles, roleScopeProblem } from '../../domain/roles';
import type { ApiDeps } from '../apiDeps';
import type { RouteSpec } from '../routeSpec';
import { errorsSchema } from '../schemas';
import { parsedOr422 } from '../zodViolations';
import { answerWrite, inputViolation, notFound, refusalSchema, refuseInput } from './adminAnswers';

const instant = z.iso.datetime({ offset: true });
const createSchema = z.object({
  personId: z.string().min(1),
  role: z.enum(roles),
  unitId: z.string().min(1).optional().describe('for unit_staff'),
  bodyId: z.string().min(1).optional().describe('for the roles held in a body'),
  validFrom: instant.optional().describe('defaults to now'),
  validTo: instant.optional(),
});
const listQuery = z.object({ personId: z.string().optional() });
const assignmentSchema = z.object({
  id: z.string(),
  personId: z.string(),
  role: z.enum(roles),
  unitId: z.string().nullable(),
  bodyId: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});

export function adminRoleAssignmentRoutes({ db }: ApiDeps): RouteSpec[] {
  const admin = { roles: ['administrator'] } as const;
  return [
    {
      method: 'get',
      path: '/api/admin/role-assignments',
      summary: 'Role assignments, current and ended (filter by person)',
      tags: ['administration'],
      access: admin,
      query: listQuery,
      responses: {
        200: {
          description: 'Assignments',
          schema: z.object({ assignments: z.array(assignmentSchema) }),
        },
      },
      async handler(req, res) {
        const q = listQuery.safeParse(req.query);
        const assignments = await db.roleAssignment.findMany({
          where: { personId: q.success ? q.data.personId : undefined },
          orderBy: [{ personId: 'asc' }, { validFrom: 'asc' }],
        });
        res.json({ assignments });
      },
    },
    {
      method: 'post',
      path: '/api/admin/role-assignments',
      summary:
        'Give a person a role: unit_staff in a unit; committee, standing committee, leadership and board roles in a body of that kind; auditor and administrator without either',
      tags: ['administration'],
      access: admin,
      body: { schema: createSchema },
      responses: {
        201: { description: 'Assigned', schema: assignmentSchema },
        422: {
          description: 'Invalid, the wrong place for the role, or an unknown person, unit or body',
          schema: errorsSchema,
        },
      },
      async handler(req, res) {
        const body = parsedOr422(createSchema, req.body, res);
        if (!body) return;
        const { validFrom, validTo, ...a } = body;
        const bodyRow = a.bodyId ? await db.body.findUnique({ where: { id: a.bodyId } }) : null;
        if (a.bodyId && !bodyRow) {
          refuseInput(res, [inputViolation('bodyId', `no body ${a.bodyId}`)]);
          return;
        }
        const misplaced = roleScopeProblem(a.role, { unitId: a.unitId, bodyKind: bodyRow?.kind });
        if (misplaced) {
          refuseInput(res, [inputViolation(a.bodyId ? 'bodyId' : 'unitId', misplaced)]);
          return;
        }
        await answerWrite(
          res,
          () =>
            db.roleAssignment.create({
              data: {
                ...a,
                ...(validFrom ? { validFrom: new Date(validFrom) } : {}),
                validTo: validTo ? new Date(validTo) : null,
              },
            }),
          201,
        );
      },
    },
    {
      method: 'delete',
      path: '/api/admin/role-assignments/:id',
      summary: 'End a role assignment now (it stays on record with its valid-to)',
      tags: ['administration'],
      access: admin,
      responses: {
        200: { description: 'Ended', schema: assignmentSchema },
        404: { description: 'No such assignment', schema: refusalSchema },
      },
      async handler(req, res) {
        const id = String(req.params.id);
        const found = await db.roleAssignment.findUnique({ where: { id } });
        if (!found) {
          notFound(res, 'role assignment');
          return;
        }
        const now = new Date();
        const ended = found.validTo && found.validTo <= now ? found.validTo : now;
        res.json(await db.roleAssignment.update({ where: { id }, data: { validTo: ended } }));
      },
    },
  ];
}
