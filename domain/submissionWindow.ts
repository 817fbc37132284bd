// How long a submission may take to be stored, and how long the API waits for the answer.
// The store activity inserts only within `storeWithinMs`; a stored row that the workflow takes in
// after `keepWithinMs` is removed again (its answer could reach the API too late), and the API
// waits `answerWithinMs`, then answers 503. So a client told 503 never finds its proposal stored,
// and one told 201 always does; the gaps between the three leave room for the answer to travel.
export const submissionWindow = {
  storeWithinMs: 6_000,
  keepWithinMs: 9_000,
  answerWithinMs: 12_000,
} as const;

/** The instants (ISO) by which a submission made at `submittedAt` must be stored, kept, answered. */
export function submissionDeadlines(submittedAt: Date): {
  storeBy: string;
  keepBy: string;
  answerBy: string;
} {
  const t = submittedAt.getTime();
  const at = (ms: number) => new Date(t + ms).toISOString();
  return {
    storeBy: at(submissionWindow.storeWithinMs),
    keepBy: at(submissionWindow.keepWithinMs),
    answerBy: at(submissionWindow.answerWithinMs),
  };
}
