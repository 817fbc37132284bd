// The people pages (/admin/people): the list and the add form, which goes through addPerson like
// POST /api/admin/people; and one person's page, whose form goes through changePerson like
// PATCH /api/admin/people/:id.
import type { ApiDeps } from '../apiDeps';
import type { RouteSpec } from '../routeSpec';
import {
  peoplePageHtml,
  personChangeInputOf,
  personFormState,
  personInputOf,
  personPageHtml,
} from '../web/adminPeoplePage';
import { adminPageRoutes, namedRecords } from '../web/adminPageRoutes';
import { administrators } from './adminChangeRoute';
import { addPerson, changePerson, listPeople, personById } from './adminPeople';

const section = '/admin/people';

export function webAdminPeopleRoutes({ db }: ApiDeps): RouteSpec[] {
  const unitChoices = () => db.unit.findMany(namedRecords);
  return [
    ...adminPageRoutes({
      section,
      summary: 'People page: everyone who can sign in, their roles today, and the add form',
      access: administrators,
      title: ['Người dùng', 'People'],
      async load() {
        const [people, units] = await Promise.all([listPeople(db), unitChoices()]);
        return { people, units };
      },
      render: peoplePageHtml,
      actions: [
        {
          path: '',
          summary: 'Add a person from the form (same checks as POST /api/admin/people)',
          form: 'add',
          run: (values) => addPerson(db, personInputOf(values)),
        },
      ],
    }),
    ...adminPageRoutes({
      section,
      path: `${section}/:id`,
      summary: 'A person’s page: the form to change their name, e-mail, unit or language',
      access: administrators,
      async load(req) {
        const [person, units] = await Promise.all([
          personById(db, String(req.params.id)),
          unitChoices(),
        ]);
        return person ? { person, units } : undefined;
      },
      title: ({ person }) => person.name,
      // Until a change is refused, the form shows the person as stored.
      render: ({ person, units }, state, caller) =>
        personPageHtml(person, units, state.posted ? state : personFormState(person), caller),
      missing: {
        description: 'No such person',
        title: ['Không tìm thấy người dùng', 'No such person'],
        back: ['Về danh sách người dùng', 'Back to the people'],
      },
      actions: [
        {
          path: '',
          summary: 'Change a person from the form (same checks as PATCH /api/admin/people/:id)',
          form: 'change',
          run: (values, req) =>
            changePerson(db, String(req.params.id), personChangeInputOf(values)),
        },
      ],
    }),
  ];
}
