// The policies page (/admin/policies): read by the same roles as GET
// /api/provinces/:provinceId/policies, for the provinces they reach; administrators add a version
// through addPolicyVersion, like POST /api/provinces/:provinceId/policies.
import type { Request } from 'express';
import { reachesProvince } from '../../domain/accessReach';
import { policyReaders } from '../access/roleGroups';
import { accessOf } from '../access/routeAccess';
import { provinceNamed } from '../access/scopes';
import type { ApiDeps } from '../apiDeps';
import type { RouteSpec } from '../routeSpec';
import { adminPageRoutes, namedRecords } from '../web/adminPageRoutes';
import { policiesPageHtml, policyFormOf, policyInputOf } from '../web/adminPoliciesPage';
import { addPolicyVersion, createdByOf, policyViews } from './policies';

export function webAdminPolicyRoutes({ db }: ApiDeps): RouteSpec[] {
  const scope = provinceNamed({ param: 'provinceId' });
  const provinceId = (req: Request) => String(req.params.provinceId);
  return adminPageRoutes({
    section: '/admin/policies',
    summary:
      'Policies page: every version of each province within reach; administrators add a version',
    access: { roles: policyReaders },
    title: ['Chính sách', 'Policies'],
    async load(req) {
      const { grants } = accessOf(req);
      const provinces = (await db.province.findMany(namedRecords)).filter((p) =>
        grants.some((g) => reachesProvince(g, p.id)),
      );
      return Promise.all(
        provinces.map(async (province) => ({
          province,
          versions: await policyViews(db, province.id),
          writable: grants.some(
            (g) => g.role === 'administrator' && reachesProvince(g, province.id),
          ),
        })),
      );
    },
    render: policiesPageHtml,
    sections: (req) => accessOf(req).grants.some((g) => g.role === 'administrator'),
    actions: [
      {
        path: '/:provinceId',
        summary:
          'Add a policy version from the form (same checks as POST /api/provinces/:provinceId/policies)',
        access: { roles: ['administrator'], scope },
        form: (req) => policyFormOf(provinceId(req)),
        run: (values, req) =>
          addPolicyVersion(
            db,
            provinceId(req),
            policyInputOf(values),
            createdByOf(accessOf(req).principal),
          ),
      },
    ],
  });
}
