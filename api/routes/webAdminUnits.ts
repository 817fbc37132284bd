// The units page (/admin/units): the list, the add form (addUnit, like POST /api/admin/units)
// and the end form (changeUnit, like PATCH /api/admin/units/:id with validTo and successorId).
import type { ApiDeps } from '../apiDeps';
import type { RouteSpec } from '../routeSpec';
import { adminPageRoutes, namedRecords } from '../web/adminPageRoutes';
import { unitEndInputOf, unitInputOf, unitsPageHtml } from '../web/adminUnitsPage';
import { administrators } from './adminChangeRoute';
import { addUnit, changeUnit, unitViews } from './adminUnits';

export function webAdminUnitRoutes({ db }: ApiDeps): RouteSpec[] {
  return adminPageRoutes({
    section: '/admin/units',
    summary: 'Units page: every unit, current or merged, and the forms to add and end one',
    access: administrators,
    title: ['Đơn vị', 'Units'],
    async load() {
      const [units, provinces, committees] = await Promise.all([
        unitViews(db),
        db.province.findMany(namedRecords),
        db.body.findMany({ ...namedRecords, where: { kind: 'direct_committee' } }),
      ]);
      return { units, provinces, committees };
    },
    render: unitsPageHtml,
    actions: [
      {
        path: '',
        summary: 'Add a unit from the form (same checks as POST /api/admin/units)',
        form: 'add',
        run: (values) => addUnit(db, unitInputOf(values)),
      },
      {
        path: '/end',
        summary:
          'End a unit from the form: its last day and successor (same checks as PATCH /api/admin/units/:id)',
        form: 'end',
        missingField: 'unitId',
        run: (values) => changeUnit(db, values.unitId ?? '', unitEndInputOf(values)),
      },
    ],
  });
}
