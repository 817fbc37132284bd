// The report form's fields as the body POST /api/delegations/:id/report takes, and back: which
// form field a refusal of that body belongs to.
import { attachmentField } from '../../domain/attachmentRules';
import type { FormValues } from './proposalFormInput';

/** Schema field of a problem's entry → the form's field name (`learned_0`). */
const problemFields: Record<string, string> = {
  learned: 'learned',
  measuredValue: 'measured',
  planToTarget: 'plan',
};

/** The report typed in the form; the files, stored first, join it as `attachmentIds`. */
export function reportOfForm(v: FormValues, problemCount: number): unknown {
  const opt = (k: string) => ((v[k] ?? '').trim() === '' ? undefined : (v[k] ?? '').trim());
  return {
    problems: Array.from({ length: problemCount }, (_, i) => ({
      problemIndex: i,
      learned: (v[`learned_${i}`] ?? '').trim(),
      measuredValue: opt(`measured_${i}`),
      planToTarget: opt(`plan_${i}`),
    })),
    goodExperiences: (v.goodExperiences ?? '').trim(),
    effectivePractices: (v.effectivePractices ?? '').trim(),
    recommendations: (v.recommendations ?? '').trim(),
  };
}

/**
 * The form field a path of the report body names: `problems.0.learned` → `learned_0`; an
 * attachment (`attachmentIds.1`) → the file field.
 */
export function reportFormFieldOf(path: string): string {
  const problem = /^problems\.(\d+)\.(\w+)$/.exec(path);
  if (problem) return `${problemFields[problem[2] ?? ''] ?? 'learned'}_${problem[1]}`;
  if (path.startsWith('attachmentIds')) return attachmentField;
  return path;
}
