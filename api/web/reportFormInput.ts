// The report form's fields as the report the workflow takes (the same shape as the JSON API's).
import type { FormValues } from './proposalFormInput';

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
