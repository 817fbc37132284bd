// What the administration pages' forms share: fields that show their problems next to them, tables,
// and how a refused change (the JSON route's own outcome) becomes the form again with what was typed.
import { isRole, roleNamesEn, roleNamesVi } from '../../domain/roles';
import { formatDateVi, vietnamClockOf, vietnamStartOfDay } from '../../domain/vnFormat';
import { localDate } from '../../domain/vnText';
import { say, type Lang } from '../audit/timelineLabels';
import { escapeHtml as e } from '../pages/layout';
import type { InvalidInput, Refusal } from '../routes/adminAnswers';
import { isoDateOf, type FormValues } from './proposalFormInput';
import type { WebCaller } from './webCaller';

export { formValuesOf, isoDateOf, type FormValues } from './proposalFormInput';

/** A problem shown on the page: next to `field` when the form has it, and in the summary. */
export interface Problem {
  field: string;
  text: string;
}

/** What a form shows: what was typed and what is wrong with it, for the form that was posted. */
export interface FormState {
  /** Which form of the page was posted ('' when none was). */
  posted: string;
  values: FormValues;
  problems: Problem[];
}

export const blankForm: FormState = { posted: '', values: {}, problems: [] };

/** The state of one form of a page: the posted one keeps its state, the others start blank. */
export const stateOf = (state: FormState, form: string): FormState =>
  state.posted === form ? state : { ...blankForm, posted: form };

/** A refusal by the shared change code as the page shows it; `missingField` names the record. */
export function refusedForm(
  posted: string,
  values: FormValues,
  refusal: InvalidInput | Refusal,
  lang: Lang,
  missingField = '',
): FormState {
  const problems =
    refusal.status === 422
      ? refusal.errors.map((v) => ({
          field: v.field,
          text: `${v.rule}: ${say(lang, v.messageVi, v.message)}`,
        }))
      : [
          {
            field: refusal.field ?? (refusal.status === 404 ? missingField : ''),
            text: say(lang, refusal.messageVi, refusal.message),
          },
        ];
  return { posted, values, problems };
}

const idOf = (form: string, name: string) =>
  `f-${form ? `${form}-` : ''}${name}`.replace(/[^A-Za-z0-9_-]/g, '-');

function fieldProblems(s: FormState, name: string): { html: string; attrs: string } {
  const mine = s.problems.filter((p) => p.field === name);
  if (mine.length === 0) return { html: '', attrs: '' };
  const id = `${idOf(s.posted, name)}-err`;
  const html = mine
    .map((p, i) => `<p class="err" id="${id}${i}" data-field-error="${e(name)}">${e(p.text)}</p>`)
    .join('');
  const ids = mine.map((_p, i) => `${id}${i}`).join(' ');
  return { html, attrs: ` aria-invalid="true" aria-describedby="${ids}"` };
}

/** A text field with its label, an optional hint, and its problems. */
export function textField(
  s: FormState,
  name: string,
  label: string,
  options: { hint?: string; value?: string; inputmode?: string; type?: string } = {},
): string {
  const id = idOf(s.posted, name);
  const { html, attrs } = fieldProblems(s, name);
  const hint = options.hint ? ` <small>${e(options.hint)}</small>` : '';
  const value = s.values[name] ?? options.value ?? '';
  const mode = options.inputmode ? ` inputmode="${options.inputmode}"` : '';
  return `<label for="${id}">${e(label)}${hint}</label><input type="${options.type ?? 'text'}" id="${id}" name="${e(name)}" value="${e(value)}"${mode}${attrs}>${html}`;
}

/** A date field, typed dd/mm/yyyy as Vietnamese write dates. */
export const dateField = (s: FormState, name: string, label: string, hint: string): string =>
  textField(s, name, label, { hint, inputmode: 'numeric' });

export interface Choice {
  value: string;
  label: string;
}

/** A select with its label and problems; `blank` adds a first choice meaning "none". */
export function selectField(
  s: FormState,
  name: string,
  label: string,
  choices: Choice[],
  blank?: string,
): string {
  const id = idOf(s.posted, name);
  const { html, attrs } = fieldProblems(s, name);
  const chosen = s.values[name] ?? '';
  const option = (c: Choice) =>
    `<option value="${e(c.value)}"${c.value === chosen ? ' selected' : ''}>${e(c.label)}</option>`;
  const none = blank === undefined ? '' : option({ value: '', label: blank });
  return `<label for="${id}">${e(label)}</label><select id="${id}" name="${e(name)}"${attrs}>${none}${choices.map(option).join('')}</select>${html}`;
}

/** Every problem of the posted form at the top, each linking to its field. */
export function problemSummary(s: FormState, lang: Lang): string {
  if (s.problems.length === 0) return '';
  const item = (p: Problem) =>
    p.field
      ? `<li><a href="#${idOf(s.posted, p.field)}">${e(p.text)}</a></li>`
      : `<li>${e(p.text)}</li>`;
  return `<div class="warn" role="alert"><p>${say(lang, 'Chưa lưu được. Vui lòng sửa:', 'Not saved. Please correct:')}</p><ul>${s.problems.map(item).join('')}</ul></div>`;
}

/** A form that posts with the CSRF token, its fields in a fieldset. */
export function formHtml(
  caller: WebCaller,
  action: string,
  legend: string,
  fields: string,
  submit: string,
): string {
  return `<form method="post" action="${e(action)}" novalidate><input type="hidden" name="_csrf" value="${e(caller.csrf)}"><fieldset><legend>${e(legend)}</legend>${fields}</fieldset><button type="submit">${e(submit)}</button></form>`;
}

/** A one-button form in a table row (end, remove); its label says what it acts on. */
export const rowButton = (caller: WebCaller, action: string, text: string, label: string) =>
  `<form class="inline" method="post" action="${e(action)}"><input type="hidden" name="_csrf" value="${e(caller.csrf)}"><button type="submit" aria-label="${e(label)}">${e(text)}</button></form>`;

/**
 * A table with a caption and header cells; cells are HTML already escaped by the caller. With no
 * rows it says so (`empty`) rather than showing a bare header.
 */
export function tableHtml(
  caption: string,
  headers: string[],
  rows: string[][],
  empty = '—',
): string {
  const head = headers.map((h) => `<th scope="col">${e(h)}</th>`).join('');
  const body =
    rows.length === 0
      ? `<tr><td colspan="${headers.length}">${e(empty)}</td></tr>`
      : rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  return `<div style="overflow-x:auto"><table><caption>${e(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/** A trimmed form value, or undefined when blank (an optional field left empty). */
export const optional = (v: FormValues, name: string): string | undefined => {
  const t = (v[name] ?? '').trim();
  return t === '' ? undefined : t;
};

/**
 * The instant a typed day starts in Asia/Ho_Chi_Minh, `daysLater` days on (1: the end of that
 * day). Text that is not a day is passed on as typed, for the shared schema to refuse by field.
 */
export function dayStartInstant(text: string, daysLater = 0): string {
  const day = isoDateOf(text);
  if (!localDate.safeParse(day).success) return text;
  const start = Date.parse(vietnamStartOfDay(day)) + daysLater * 86_400_000;
  return new Date(start).toISOString();
}

/** An instant as dd/mm/yyyy hh:mm in Asia/Ho_Chi_Minh. */
export const instantVi = (iso: string): string => `${formatDateVi(iso)} ${vietnamClockOf(iso)}`;

/** A record's name by its id, from the lists a page loaded; an id not among them as it is. */
export function nameById(...lists: { id: string; name: string }[][]): (id: string) => string {
  const names = new Map(lists.flat().map((x) => [x.id, x.name]));
  return (id) => names.get(id) ?? id;
}

/** A role's name in the page's language (an unknown stored role as it is stored). */
export const roleName = (role: string, lang: Lang): string =>
  isRole(role) ? say(lang, roleNamesVi[role], roleNamesEn[role]) : role;
