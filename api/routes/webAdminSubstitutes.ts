// The substitutes page (/admin/substitutes): the list, the form (addSubstitute, like POST
// /api/admin/substitutes) and a button per running substitution (endSubstitute, like DELETE).
import type { ApiDeps } from '../apiDeps';
import type { RouteSpec } from '../routeSpec';
import { adminPageRoutes, namedRecords, recordAction } from '../web/adminPageRoutes';
import { substituteInputOf, substitutesPageHtml } from '../web/adminSubstitutesPage';
import { administrators } from './adminChangeRoute';
import { addSubstitute, endSubstitute, listSubstitutes } from './adminSubstitutes';

export function webAdminSubstituteRoutes({ db }: ApiDeps): RouteSpec[] {
  return adminPageRoutes({
    section: '/admin/substitutes',
    summary: 'Substitutes page: who stands in for whom and when, and the form to name one',
    access: administrators,
    title: ['Người thay thế', 'Substitutes'],
    async load() {
      const [substitutes, people] = await Promise.all([
        listSubstitutes(db),
        db.person.findMany(namedRecords),
      ]);
      return { substitutes, people };
    },
    render: substitutesPageHtml,
    actions: [
      {
        path: '',
        summary: 'Name a substitute from the form (same checks as POST /api/admin/substitutes)',
        form: 'add',
        run: (values) => addSubstitute(db, substituteInputOf(values)),
      },
      recordAction('end', 'End a substitution now (as DELETE /api/admin/substitutes/:id)', (id) =>
        endSubstitute(db, id),
      ),
    ],
  });
}
