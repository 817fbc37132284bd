// The administration pages (/admin/…): server-rendered, working without JavaScript. Each form
// posts to a route that calls the same function as the JSON route it mirrors.
import type { ApiDeps } from '../apiDeps';
import type { RouteSpec } from '../routeSpec';
import { adminIndexHtml } from '../web/adminIndexPage';
import { adminPageRoutes } from '../web/adminPageRoutes';
import { administrators } from './adminChangeRoute';
import { webAdminCalendarRoutes } from './webAdminCalendar';
import { webAdminPeopleRoutes } from './webAdminPeople';
import { webAdminPolicyRoutes } from './webAdminPolicies';
import { webAdminRoleRoutes } from './webAdminRoles';
import { webAdminSubstituteRoutes } from './webAdminSubstitutes';
import { webAdminUnitRoutes } from './webAdminUnits';

export function webAdminRoutes(deps: ApiDeps): RouteSpec[] {
  return [
    ...adminPageRoutes({
      section: '/admin',
      summary: 'Administration index: people, units, roles, substitutes, policies, calendar',
      access: administrators,
      title: ['Quản trị', 'Administration'],
      load: () => Promise.resolve(null),
      render: (_data, _state, caller) => adminIndexHtml(caller.lang),
      actions: [],
    }),
    ...webAdminPeopleRoutes(deps),
    ...webAdminUnitRoutes(deps),
    ...webAdminRoleRoutes(deps),
    ...webAdminSubstituteRoutes(deps),
    ...webAdminPolicyRoutes(deps),
    ...webAdminCalendarRoutes(deps),
  ];
}
