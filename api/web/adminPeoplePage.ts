// The people page: who can sign in, the roles they hold today, and the form to add a person; and
// one person's page with the form to change their name, address, unit or language.
import { sayIn } from '../audit/timelineLabels';
import { escapeHtml as e } from '../pages/layout';
import {
  formHtml,
  nameById,
  optional,
  problemSummary,
  roleName,
  selectField,
  stateOf,
  tableHtml,
  textField,
  type FormState,
  type FormValues,
} from './adminForm';
import type { WebCaller } from './webCaller';

/** A person as stored (without their roles). */
export interface PersonRow {
  id: string;
  name: string;
  email: string;
  locale: string;
  unitId: string | null;
}

export interface PeoplePageData {
  people: (PersonRow & { roles: { role: string; validFrom: Date; validTo: Date | null }[] })[];
  units: { id: string; name: string }[];
}

/** The add form's fields as the body POST /api/admin/people takes (blank optional fields left out). */
export const personInputOf = (v: FormValues) => ({
  id: optional(v, 'id'),
  name: v.name ?? '',
  email: (v.email ?? '').trim(),
  locale: optional(v, 'locale'),
  unitId: optional(v, 'unitId'),
});

/** The change form as the body PATCH /api/admin/people/:id takes ("no unit" is null). */
export const personChangeInputOf = (v: FormValues) => ({
  name: v.name ?? '',
  email: (v.email ?? '').trim(),
  locale: v.locale ?? '',
  unitId: optional(v, 'unitId') ?? null,
});

/** What the change form shows before anything is posted: the person as stored. */
export const personFormState = (p: PersonRow): FormState => ({
  posted: 'change',
  values: { name: p.name, email: p.email, locale: p.locale, unitId: p.unitId ?? '' },
  problems: [],
});

function personFields(s: FormState, units: PeoplePageData['units'], caller: WebCaller): string[] {
  const t = sayIn(caller.lang);
  return [
    textField(s, 'name', t('Họ và tên', 'Name')),
    textField(s, 'email', t('Thư điện tử (dùng để đăng nhập)', 'E-mail (used to sign in)'), {
      type: 'email',
    }),
    selectField(
      s,
      'unitId',
      t('Đơn vị công tác', 'Unit'),
      units.map((u) => ({ value: u.id, label: u.name })),
      t('— Không thuộc đơn vị —', '— No unit —'),
    ),
    selectField(s, 'locale', t('Ngôn ngữ thư điện tử', 'Language of e-mails'), [
      { value: 'vi', label: 'Tiếng Việt' },
      { value: 'en', label: 'English' },
    ]),
  ];
}

/** One person's page: the change form, filled in with what is stored or what was typed. */
export function personPageHtml(
  person: PersonRow,
  units: PeoplePageData['units'],
  state: FormState,
  caller: WebCaller,
): string {
  const t = sayIn(caller.lang);
  return `${problemSummary(state, caller.lang)}<p>${t('Mã người dùng', 'Id')}: <code>${e(person.id)}</code></p>
${formHtml(caller, `/admin/people/${encodeURIComponent(person.id)}`, t('Sửa thông tin', 'Change the details'), personFields(state, units, caller).join(''), t('Lưu', 'Save'))}
<p><a href="/admin/people">${t('Về danh sách người dùng', 'Back to the people')}</a></p>`;
}

export function peoplePageHtml(d: PeoplePageData, state: FormState, caller: WebCaller): string {
  const t = sayIn(caller.lang);
  const now = new Date();
  const unitName = nameById(d.units);
  const rows = d.people.map((p) => [
    `<a href="/admin/people/${encodeURIComponent(p.id)}">${e(p.name)}</a>`,
    e(p.email),
    e(p.unitId ? unitName(p.unitId) : '—'),
    p.locale === 'en' ? 'English' : 'Tiếng Việt',
    e(
      p.roles
        .filter((r) => r.validFrom <= now && (!r.validTo || r.validTo > now))
        .map((r) => roleName(r.role, caller.lang))
        .join(', ') || '—',
    ),
  ]);
  const s = stateOf(state, 'add');
  const fields = [
    ...personFields(s, d.units, caller),
    textField(s, 'id', t('Mã người dùng', 'Id'), {
      hint: t('(tùy chọn; để trống để hệ thống tự tạo)', '(optional; left blank, one is made)'),
    }),
  ].join('');
  return `${problemSummary(s, caller.lang)}${tableHtml(
    t('Người dùng', 'People'),
    [
      t('Họ và tên', 'Name'),
      t('Thư điện tử', 'E-mail'),
      t('Đơn vị', 'Unit'),
      t('Ngôn ngữ', 'Language'),
      t('Vai trò đang giữ', 'Roles held now'),
    ],
    rows,
  )}
<p>${t('Vai trò được giao ở trang', 'Roles are given on the page')} <a href="/admin/roles">${t('Vai trò', 'Roles')}</a>.</p>
${formHtml(caller, '/admin/people', t('Thêm người dùng', 'Add a person'), fields, t('Thêm người dùng', 'Add the person'))}`;
}
