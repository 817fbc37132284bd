// What the delegation page's forms (report, review) share: what was typed comes back with each
// refusal next to its field and listed at the top by rule ID, in the page's language.
import type { z } from 'zod';
import type { RuleId, RuleViolation } from '../../domain/ruleViolation';
import type { UpdateOutcome } from '../amendProposal';
import { say, type Lang } from '../audit/timelineLabels';
import { escapeHtml as e } from '../pages/layout';
import type { FormValues } from './proposalFormInput';

export interface FieldProblem {
  /** The form field it belongs to; '' for the form as a whole. */
  field: string;
  rule: RuleId;
  /** Already in the page's language. */
  message: string;
}

export interface FormState {
  values: FormValues;
  problems: FieldProblem[];
}

export const blankForm = (): FormState => ({ values: {}, problems: [] });

/** What a form's post came to: recorded, or the problems (or the reason) to show it again with. */
export type FormFiling =
  { ok: true } | { ok: false; status: number; problems: FieldProblem[]; notice: string | null };

/** Why the workflow took nothing, when no field is to blame, in the page's language. */
function refusalNotice(error: string, message: string, lang: Lang): string {
  switch (error) {
    case 'StageMovedOn':
      return say(
        lang,
        'Đoàn không còn ở giai đoạn nhận nội dung này; trang cho thấy giai đoạn hiện tại.',
        'The delegation is no longer at the stage that takes this; the page shows where it is now.',
      );
    case 'AlreadyDecided':
      return say(lang, 'Nội dung này đã được ghi nhận trước đó.', 'This was already recorded.');
    default:
      return message;
  }
}

/** The workflow's refusal of a filing: its rule violations by field, or a notice. */
export function refusedFiling(
  o: Exclude<UpdateOutcome, { ok: true }>,
  fieldOf: (path: string) => string,
  lang: Lang,
): FormFiling {
  return o.status === 422
    ? {
        ok: false,
        status: 422,
        problems: o.errors.map((v) => violationProblem(v, fieldOf(v.field), lang)),
        notice: null,
      }
    : {
        ok: false,
        status: o.status,
        problems: [],
        notice: refusalNotice(o.error, o.message, lang),
      };
}

function issueText(issue: z.core.$ZodIssue, lang: Lang): string {
  switch (issue.code) {
    case 'too_small':
    case 'invalid_type':
      return say(lang, 'Chưa điền mục này.', 'This is required.');
    case 'too_big':
      if (issue.origin === 'number') {
        const max = String(issue.maximum);
        return say(lang, `Không được lớn hơn ${max}.`, `At most ${max}.`);
      }
      return say(
        lang,
        `Dài quá ${String(issue.maximum)} ký tự.`,
        `Longer than ${String(issue.maximum)} characters.`,
      );
    case 'invalid_value':
      return say(lang, 'Chưa chọn.', 'Choose one.');
    case 'custom': {
      // A schema's own check in both languages carries its Vietnamese in params.messageVi.
      const vi: unknown = issue.params?.messageVi;
      return typeof vi === 'string' ? say(lang, vi, issue.message) : issue.message;
    }
    default:
      return issue.message;
  }
}

/** zod's issues as problems of the form's fields (`fieldOf` maps a schema path to a field). */
export function zodProblems(
  error: z.ZodError,
  rule: RuleId,
  fieldOf: (path: string) => string,
  lang: Lang,
): FieldProblem[] {
  return error.issues.map((i) => ({
    field: fieldOf(i.path.join('.')),
    rule,
    message: issueText(i, lang),
  }));
}

export const violationProblem = (v: RuleViolation, field: string, lang: Lang): FieldProblem => ({
  field,
  rule: v.rule,
  message: say(lang, v.messageVi, v.message),
});

/** The id of a field's input; `prefix` keeps two forms of one page apart. */
export const fieldId = (prefix: string, field: string): string =>
  `${prefix}-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** The attributes that tie an input to its refusal, for screen readers. */
export function invalidAttrs(s: FormState, prefix: string, field: string): string {
  return s.problems.some((p) => p.field === field)
    ? ` aria-invalid="true" aria-describedby="${fieldId(prefix, field)}-err"`
    : '';
}

export function fieldProblemsHtml(s: FormState, prefix: string, field: string): string {
  const mine = s.problems.filter((p) => p.field === field);
  if (mine.length === 0) return '';
  const text = mine.map((p) => `${e(p.rule)}: ${e(p.message)}`).join(' ');
  return `<p class="err" id="${fieldId(prefix, field)}-err" data-field-error="${e(field)}">${text}</p>`;
}

export function textareaHtml(
  s: FormState,
  prefix: string,
  field: string,
  label: string,
  { required = false, rows = 3 } = {},
): string {
  const id = fieldId(prefix, field);
  return `<label for="${id}">${e(label)}</label><textarea id="${id}" name="${e(field)}" rows="${rows}"${required ? ' required' : ''}${invalidAttrs(s, prefix, field)}>${e(s.values[field] ?? '')}</textarea>${fieldProblemsHtml(s, prefix, field)}`;
}

export function textInputHtml(s: FormState, prefix: string, field: string, label: string): string {
  const id = fieldId(prefix, field);
  return `<label for="${id}">${e(label)}</label><input type="text" id="${id}" name="${e(field)}" value="${e(s.values[field] ?? '')}"${invalidAttrs(s, prefix, field)}>${fieldProblemsHtml(s, prefix, field)}`;
}

/** One choice of a radio group, checked again after a refusal. */
export function radioHtml(
  s: FormState,
  prefix: string,
  field: string,
  value: string,
  label: string,
  required: boolean,
): string {
  const checked = s.values[field] === value ? ' checked' : '';
  return `<label><input type="radio" name="${e(field)}" value="${e(value)}"${checked}${required ? ' required' : ''}${invalidAttrs(s, prefix, field)}> ${e(label)}</label>`;
}

/**
 * Every refusal at the top, each linking to its field, announced as an alert so a screen reader
 * hears why nothing was recorded.
 */
export function problemsSummaryHtml(
  s: FormState,
  prefix: string,
  heading: string,
  labelOf: (field: string) => string,
): string {
  if (s.problems.length === 0) return '';
  const items = s.problems
    .map((p) => {
      const where = p.field
        ? `<a href="#${fieldId(prefix, p.field)}">${e(labelOf(p.field))}</a> — `
        : '';
      return `<li>${where}<strong>${e(p.rule)}</strong>: ${e(p.message)}</li>`;
    })
    .join('');
  return `<div class="warn" role="alert" id="${prefix}-problems"><p>${e(heading)}</p><ul>${items}</ul></div>`;
}
