// Administration: who holds which role where. Ending an assignment keeps it (with its valid-to),
// so who could act on a delegation at the time stays on record.
import { z } from 'zod';
import { storableId } from '../../domain/storableText';
import { roles, roleScopeProblem } from '../../domain/roles';
import type { RoleAssignment } from '../../generated/prisma/client';
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
  personId: storableId(),
  role: z.enum(roles),
  unitId: storableId().optional().describe('for unit_staff'),
  bodyId: storableId().optional().describe('for the roles held in a body'),
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

/** Role assignments, current and ended, of one person or of everyone. */
export const listRoleAssignments = (db: Db, personId?: string) =>
  db.roleAssignment.findMany({
    where: { personId },
    orderBy: [{ personId: 'asc' }, { validFrom: 'asc' }],
  });

/** Gives a role from the request body or the form (the same checks for both). */
export async function assignRole(db: Db, input: unknown): Promise<AdminOutcome<RoleAssignment>> {
  const body = parsedInput(createSchema, input);
  if (!body.ok) return body;
  const { validFrom, validTo, ...a } = body.data;
  const bodyRow = a.bodyId ? await db.body.findUnique({ where: { id: a.bodyId } }) : null;
  if (a.bodyId && !bodyRow) return invalidField('bodyId', `no body ${a.bodyId}`);
  const misplaced = roleScopeProblem(a.role, { unitId: a.unitId, bodyKind: bodyRow?.kind });
  if (misplaced) return invalidField(a.bodyId ? 'bodyId' : 'unitId', misplaced);
  return writeOutcome(
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
}

/** Ends an assignment now; one that has ended already keeps its end. */
export async function endRoleAssignment(db: Db, id: string): Promise<AdminOutcome<RoleAssignment>> {
  const found = await db.roleAssignment.findUnique({ where: { id } });
  if (!found) return missing('role assignment', 'phân công vai trò');
  const now = new Date();
  const ended = found.validTo && found.validTo <= now ? found.validTo : now;
  return writeOutcome(() => db.roleAssignment.update({ where: { id }, data: { validTo: ended } }));
}

export function adminRoleAssignmentRoutes({ db }: ApiDeps): RouteSpec[] {
  return [
    {
      method: 'get',
      path: '/api/admin/role-assignments',
      summary: 'Role assignments, current and ended (filter by person)',
      tags: ['administration'],
      access: administrators,
      query: listQuery,
      responses: {
        200: {
          description: 'Assignments',
          schema: z.object({ assignments: z.array(assignmentSchema) }),
        },
      },
      async handler(req, res) {
        const q = listQuery.safeParse(req.query);
        res.json({
          assignments: await listRoleAssignments(db, q.success ? q.data.personId : undefined),
        });
      },
    },
    adminChangeRoute({
      method: 'post',
      path: '/api/admin/role-assignments',
      summary:
        'Give a person a role: unit_staff in a unit; committee, standing committee, leadership and board roles in a body of that kind; auditor and administrator without either',
      body: createSchema,
      done: { status: 201, description: 'Assigned', schema: assignmentSchema },
      refusals: {
        422: 'Invalid, the wrong place for the role, or an unknown person, unit or body',
      },
      change: (req) => assignRole(db, req.body),
    }),
    adminChangeRoute({
      method: 'delete',
      path: '/api/admin/role-assignments/:id',
      summary: 'End a role assignment now (it stays on record with its valid-to)',
      done: { status: 200, description: 'Ended', schema: assignmentSchema },
      refusals: { 404: 'No such assignment' },
      change: (req) => endRoleAssignment(db, String(req.params.id)),
    }),
  ];
}
