// The roles page (/admin/roles): the list, the form (assignRole, like POST
// /api/admin/role-assignments) and a button per current role (endRoleAssignment, like DELETE).
import type { ApiDeps } from '../apiDeps';
import type { RouteSpec } from '../routeSpec';
import { adminPageRoutes, namedRecords, recordAction } from '../web/adminPageRoutes';
import { roleInputOf, rolesPageHtml } from '../web/adminRolesPage';
import { administrators } from './adminChangeRoute';
import { assignRole, endRoleAssignment, listRoleAssignments } from './adminRoleAssignments';

export function webAdminRoleRoutes({ db }: ApiDeps): RouteSpec[] {
  return adminPageRoutes({
    section: '/admin/roles',
    summary: 'Roles page: every role assignment, the form to give one and buttons to end them',
    access: administrators,
    title: ['Vai trò', 'Roles'],
    async load() {
      const [assignments, people, units, bodies] = await Promise.all([
        listRoleAssignments(db),
        db.person.findMany(namedRecords),
        db.unit.findMany(namedRecords),
        db.body.findMany(namedRecords),
      ]);
      return { assignments, people, units, bodies };
    },
    render: rolesPageHtml,
    actions: [
      {
        path: '',
        summary: 'Give a role from the form (same checks as POST /api/admin/role-assignments)',
        form: 'add',
        run: (values) => assignRole(db, roleInputOf(values)),
      },
      recordAction(
        'end',
        'End a role assignment now (as DELETE /api/admin/role-assignments/:id)',
        (id) => endRoleAssignment(db, id),
      ),
    ],
  });
}
