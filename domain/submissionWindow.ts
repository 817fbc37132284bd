// How long a submission may take to be stored, and how long the API waits for the answer.
// The store activity refuses to insert after `storeWithinMs` and removes a row it finds stored
// after `answerWithinMs` (the API has answered 503 by then), so a client that was told 503 never
// finds its proposal stored, and one that was told 201 always does.
export const submissionWindow = {
  storeWithinMs: 10_000,
  answerWithinMs: 15_000,
} as const;

/** The instants (ISO) by which a submission made at `submittedAt` must be stored and answered. */
export function submissionDeadlines(submittedAt: Date): { storeBy: string; answerBy: string } {
  const t = submittedAt.getTime();
  return {
    storeBy: new Date(t + submissionWindow.storeWithinMs).toISOString(),
    answerBy: new Date(t + submissionWindow.answerWithinMs).toISOString(),
  };
}
