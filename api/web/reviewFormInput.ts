// The review form's fields as the body POST /api/delegations/:id/review takes (the same field
// names as the action link's review form), and back: which form field a refusal belongs to.
import type { FormValues } from './proposalFormInput';

export function reviewOfForm(v: FormValues, problemCount: number): unknown {
  const text = (k: string) => (v[k] ?? '').trim();
  return {
    outcomes: Array.from({ length: problemCount }, (_, i) => ({
      problemIndex: i,
      outcome: v[`outcome_${i}`],
      evidence: text(`evidence_${i}`),
    })),
    rating: v.rating,
    comment: text('comment') === '' ? undefined : text('comment'),
  };
}

/** `outcomes.0.evidence` → `evidence_0`; `rating`, `comment` as they are. */
export function reviewFormFieldOf(path: string): string {
  const m = /^outcomes\.(\d+)\.(outcome|evidence)$/.exec(path);
  return m ? `${m[2]}_${m[1]}` : path;
}
