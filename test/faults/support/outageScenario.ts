// The shape every outage test shares: proposals submitted and their links delivered before;
// the component taken down for a while under submissions and decisions; then the clients try
// again what was refused, new proposals and decisions go through, and the report is taken
// once the system has settled.
import { FaultRun } from './faultRun';
import type { FaultStack } from './faultStack';
import { settledIntegrityReport, type IntegrityReport } from './integrityReport';
import { sleep } from './serverProcess';

export interface OutageSpec {
  label: string;
  downMs: number;
  /** Resolves once the component no longer serves. */
  takeDown(): Promise<void>;
  /** Resolves once it serves again. */
  bringUp(): Promise<void>;
  /**
   * The API cannot serve without the component (PostgreSQL, Temporal): every answer during
   * the outage must be a 503 or a connection error. Without it (SMTP) the API keeps answering.
   */
  apiNeedsIt: boolean;
  /** Submissions during the outage: one client, one after another, this far apart. */
  submitPauseMs: number;
  /** How many units to prepare for the submissions during the outage. */
  submissionsDuring: number;
}

export async function runOutage(
  stack: FaultStack,
  spec: OutageSpec,
): Promise<{ run: FaultRun; report: IntegrityReport }> {
  const run = new FaultRun(stack, spec.label);
  await run.prepareUnits(spec.submissionsDuring + 10);
  const before = await run.submitAccepted(5);
  const decisions = await run.committeeDecisions(before);

  const fault = (async () => {
    await sleep(1000);
    // Submissions in flight as the component goes (one every 150 ms from just before it is
    // told to stop until it is gone): each is either stored (201) or not (503, or a cut
    // connection) — never told 503 while its delegation is stored after all.
    const inFlight: Promise<unknown>[] = [];
    let going = true;
    const down = sleep(300)
      .then(() => spec.takeDown())
      .finally(() => {
        going = false;
      });
    for (let i = 0; i < 10 && going; i++) {
      inFlight.push(run.submitOnce(run.newSubmission()));
      await sleep(150);
    }
    await down;
    const from = Date.now();
    await sleep(spec.downMs);
    const to = Date.now();
    await spec.bringUp();
    if (spec.apiNeedsIt) run.markOutage(from, to);
    await Promise.all(inFlight);
  })();
  await run.loadUntil(fault, {
    submitters: 1,
    pauseMs: spec.submitPauseMs,
    decisions,
    // Posted while the component is down: a second after it went, over half the outage.
    decisionsAfterMs: 2500,
    spreadMs: spec.downMs / 2,
  });

  await run.finishAfterRecovery(120_000);
  await run.submitAccepted(2);
  // Proposals accepted before or during the outage can be decided once it is over.
  const undecided = run.submissions.filter((s) => s.acceptedId).slice(5, 7);
  for (const s of undecided) {
    // Their links may still be on their way: mail is retried up to a minute apart.
    const op = await run.decisionOn(s, 'cuong', 'approve', 150_000);
    await run.decideUntilSettled(op, 60_000);
  }
  return { run, report: await settledIntegrityReport(run) };
}
