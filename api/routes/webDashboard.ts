// The web app's entry: `/` sends a browser to sign in or to its dashboard; the dashboard itself
// is guarded like the JSON list it mirrors (GET /api/delegations).
import { say } from '../audit/timelineLabels';
import { delegationReaders } from '../access/roleGroups';
import { accessOf } from '../access/routeAccess';
import { principalOf } from '../access/principal';
import type { ApiDeps } from '../apiDeps';
import type { RouteSpec } from '../routeSpec';
import { dashboardQuery, loadDashboard } from '../web/dashboardData';
import { dashboardHtml } from '../web/dashboardPage';
import { navHtml, sendPage } from '../web/sendPage';
import { webCallerOf } from '../web/webCaller';

const html = { description: 'Page', contentType: 'text/html' };

export function webDashboardRoutes({ db }: ApiDeps): RouteSpec[] {
  return [
    {
      method: 'get',
      path: '/',
      summary: 'The web app: to the sign-in page, or to the dashboard when signed in',
      tags: ['web'],
      // Public because it only redirects: the dashboard it leads to has its own rule.
      access: { public: true },
      responses: {
        303: { description: 'To /auth/sign-in, /dashboard, or /admin for an administrator only' },
      },
      async handler(req, res) {
        const principal = await principalOf(db, req);
        // An administrator who reads no delegations has no dashboard: their work is /admin.
        const reads = principal?.grants.some((g) =>
          (delegationReaders as readonly string[]).includes(g.role),
        );
        const administers = principal?.grants.some((g) => g.role === 'administrator');
        const home = !reads && administers ? '/admin' : '/dashboard';
        res.redirect(303, principal ? home : '/auth/sign-in');
      },
    },
    {
      method: 'get',
      path: '/dashboard',
      summary: 'Dashboard page: delegations by stage, deadlines, quota, decisions waiting',
      tags: ['web'],
      access: { roles: delegationReaders },
      responses: { 200: html },
      async handler(req, res) {
        const { grants } = accessOf(req);
        const caller = webCallerOf(req);
        const filters = dashboardQuery.parse(req.query);
        const data = await loadDashboard(db, grants, caller.personId, filters);
        const roles = [...new Set(grants.map((g) => g.role))];
        sendPage(
          res,
          200,
          say(caller.lang, 'Trang chính', 'Dashboard'),
          navHtml(caller) + dashboardHtml(data, roles, filters, caller.lang),
          caller.lang,
        );
      },
    },
  ];
}
