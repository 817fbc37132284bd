// What must hold after every fault (issue 12), judged from the outside: the rows in PostgreSQL,
// the workflows Temporal's visibility lists, the mail MailDev received and the answers clients
// got. Each finding is a count with a few examples, so a failing test shows the numbers.
import { unitNoticeEmail } from '../../../activities/emails/unitNotice';
import type { Proposal } from '../../../domain/proposal';
import { demoEmail } from '../../../prisma/seedDemo';
import { delegationStageKey } from '../../../workflows/searchAttributes';
import { answerBoundMs, bodyGist, type Attempt, type FaultRun } from './faultRun';
import {
  actionLinkOf,
  duplicatesIn,
  type NotificationDelivery,
  type ReceivedMessage,
} from './receivedMail';
import { sleep } from './serverProcess';

export interface Finding {
  count: number;
  examples: string[];
}

export interface IntegrityReport {
  rowsWithoutWorkflow: Finding;
  workflowsWithoutRow: Finding;
  refusedWorkflowsWithRow: Finding;
  /** Delegations someone decided on (an answered decision, or a decision row) without exactly one decision. */
  decidedWithoutExactlyOneDecision: Finding;
  /** A 2xx to a decision whose recorded decision is not that approver's. */
  decisionAnswerNotRecorded: Finding;
  /** Stage not what its decision (or the lack of one) leads to. */
  stageNotMatchingDecision: Finding;
  /** One notification (recipient + delegation + stage + version + kind) under two Message-IDs. */
  duplicateEmailsByMessageId: Finding;
  /** One notification with two different links. */
  duplicateEmailsByLink: Finding;
  /** Undecided delegations whose committee members have no link; decided ones whose unit was not told. */
  emailsMissing: Finding;
  /** 500s and other 5xx, 503 without Retry-After, answers later than the bound or none, statuses no client should get. */
  answersOutsideContract: Finding;
  /** During an outage: anything but 503 or a refused/cut connection. */
  outageAnswersNot503: Finding;
  /** Submissions answered 503 that stored a delegation after all. */
  storedDespite503: Finding;
  /** 201s whose delegation does not exist. */
  acceptedButMissing: Finding;
  /** Submissions and decisions that did not go through even after recovery. */
  notCompletedAfterRecovery: Finding;
  /** The API or worker died without being told to (it was restarted). */
  unexpectedProcessExits: Finding;
}

const finding = (examples: string[]): Finding => ({
  count: examples.length,
  examples: examples.slice(0, 8),
});

/** The report every test expects: nothing found. */
export const cleanReport = (): IntegrityReport => {
  const none = { count: 0, examples: [] };
  return {
    rowsWithoutWorkflow: none,
    workflowsWithoutRow: none,
    refusedWorkflowsWithRow: none,
    decidedWithoutExactlyOneDecision: none,
    decisionAnswerNotRecorded: none,
    stageNotMatchingDecision: none,
    duplicateEmailsByMessageId: none,
    duplicateEmailsByLink: none,
    emailsMissing: none,
    answersOutsideContract: none,
    outageAnswersNot503: none,
    storedDespite503: none,
    acceptedButMissing: none,
    notCompletedAfterRecovery: none,
    unexpectedProcessExits: none,
  };
};

const describeDelivery = (d: NotificationDelivery) =>
  `${d.recipient} «${d.subject}»: ${d.deliveries} deliveries, ${d.messageIds.length} Message-IDs (${d.messageIds.join(', ')}), ${d.links.length} sets of links`;

const brief = (a: Attempt) =>
  `${a.op}: ${a.outcome.kind === 'answer' ? `${a.outcome.status} ${bodyGist(a.outcome.body, 120)}` : a.outcome.kind} after ${a.endedAt - a.startedAt} ms`;

/** Statuses a client may get for each kind of request (success, refusal, unavailability). */
const allowedStatus: Record<Attempt['kind'], (s: number) => boolean> = {
  submission: (s) => s === 201 || s === 503,
  // 2xx: recorded (or being recorded); 409: someone decided first; 503: try again.
  decision: (s) => (s >= 200 && s < 300) || s === 409 || s === 503,
};

const expectedStage: Record<string, string> = {
  approve: 'awaiting_departure',
  reject: 'rejected',
};

/** Grace after an outage begins for requests already in flight (they may still succeed). */
const inFlightGraceMs = 1500;

export async function integrityReport(run: FaultRun): Promise<IntegrityReport> {
  const { stack } = run;
  const rows = await stack.db.delegation.findMany({
    select: {
      id: true,
      unitId: true,
      title: true,
      stage: true,
      proposal: true,
      decisions: { select: { decision: true, actorId: true } },
    },
  });
  const workflows = new Map<string, string | undefined>();
  for await (const wf of stack.temporal.workflow.list({
    query: "WorkflowType='delegationWorkflow'",
  })) {
    workflows.set(wf.workflowId, wf.typedSearchAttributes.get(delegationStageKey));
  }
  const mail: ReceivedMessage[] = await stack.inbox.all();

  const rowById = new Map(rows.map((r) => [r.id, r]));
  const wfId = (id: string) => `delegation-${id}`;
  const refused = (id: string) => workflows.get(id) === 'refused';

  const decidedIds = new Set([
    ...rows.filter((r) => r.decisions.length > 0).map((r) => r.id),
    ...run.decisions
      .filter((d) => d.settled && d.settled !== 'unexpected')
      .map((d) => d.delegationId),
  ]);

  const mailTo = (who: string, title: string) =>
    mail.filter((m) => m.to.includes(who.toLowerCase()) && m.subject.includes(title));
  const emailsMissing: string[] = [];
  const stageWrong: string[] = [];
  for (const r of rows) {
    const d = r.decisions[0];
    const want = d ? expectedStage[d.decision] : 'committee_review';
    if (r.stage !== want) stageWrong.push(`${r.title}: ${r.stage}, expected ${want ?? '?'}`);
    if (!d) {
      for (const who of ['cuong', 'dung'])
        if (!mailTo(demoEmail(who), r.title).some((m) => actionLinkOf(m) !== undefined))
          emailsMissing.push(`${r.title}: no action link to ${who}`);
    } else if (d.decision === 'approve' || d.decision === 'reject') {
      const proposal = r.proposal as unknown as Proposal;
      const leader = proposal.members.find((m) => m.isDelegationLeader)?.email ?? '';
      const notice = unitNoticeEmail(
        d.decision === 'approve' ? 'approved' : 'rejected',
        proposal,
        'vi',
      );
      if (!mailTo(leader, r.title).some((m) => m.subject === notice.subject))
        emailsMissing.push(`${r.title}: ${leader} not told «${notice.subject}»`);
    }
  }

  const duplicates = duplicatesIn(mail);
  run.observations.set(
    'the same message delivered again (same Message-ID and links)',
    duplicates.redelivered.map(describeDelivery),
  );
  const during = (a: Attempt) =>
    run.outages.some((o) => a.startedAt >= o.from + inFlightGraceMs && a.endedAt <= o.to);

  const submissionAttempts = run.submissions.flatMap((s) => s.attempts);
  const unitsWithRows = new Set(rows.map((r) => r.unitId));

  return {
    rowsWithoutWorkflow: finding(
      rows.filter((r) => !workflows.has(wfId(r.id))).map((r) => `${r.id} «${r.title}» ${r.stage}`),
    ),
    workflowsWithoutRow: finding(
      [...workflows.keys()].filter(
        (w) => !refused(w) && !rowById.has(w.replace(/^delegation-/, '')),
      ),
    ),
    refusedWorkflowsWithRow: finding(
      [...workflows.keys()].filter((w) => refused(w) && rowById.has(w.replace(/^delegation-/, ''))),
    ),
    decidedWithoutExactlyOneDecision: finding(
      [...decidedIds]
        .filter((id) => (rowById.get(id)?.decisions.length ?? 0) !== 1)
        .map((id) => `${id}: ${rowById.get(id)?.decisions.length ?? 'no row'} decisions`),
    ),
    decisionAnswerNotRecorded: finding(
      run.decisions
        .filter((d) => d.settled === 'recorded')
        .filter((d) => {
          const recorded = rowById.get(d.delegationId)?.decisions[0];
          return recorded?.actorId !== d.approver || recorded?.decision !== d.decision;
        })
        .map((d) => {
          const recorded = rowById.get(d.delegationId)?.decisions[0];
          return `${d.key}: answered 2xx, recorded ${recorded ? `${recorded.decision} by ${recorded.actorId}` : 'nothing'}`;
        }),
    ),
    stageNotMatchingDecision: finding(stageWrong),
    duplicateEmailsByMessageId: finding(duplicates.byMessageId.map(describeDelivery)),
    duplicateEmailsByLink: finding(duplicates.byLink.map(describeDelivery)),
    emailsMissing: finding(emailsMissing),
    answersOutsideContract: finding(
      run.attempts
        .filter(
          (a) =>
            a.outcome.kind === 'hang' ||
            a.endedAt - a.startedAt > answerBoundMs ||
            (a.outcome.kind === 'answer' &&
              (!allowedStatus[a.kind](a.outcome.status) ||
                (a.outcome.status === 503 && !a.outcome.retryAfter))),
        )
        .map(brief),
    ),
    outageAnswersNot503: finding(
      run.attempts
        .filter(during)
        .filter(
          (a) =>
            a.outcome.kind === 'hang' || (a.outcome.kind === 'answer' && a.outcome.status !== 503),
        )
        .map(brief),
    ),
    storedDespite503: finding(
      submissionAttempts
        .filter(
          (a) =>
            a.attempt.outcome.kind === 'answer' &&
            a.attempt.outcome.status === 503 &&
            unitsWithRows.has(a.unitId),
        )
        .map(
          (a) =>
            `«${a.title}» answered 503, stored as ${rows.find((r) => r.unitId === a.unitId)?.id ?? '?'}`,
        ),
    ),
    acceptedButMissing: finding(
      submissionAttempts
        .filter((a) => a.id && !rowById.has(a.id))
        .map((a) => `«${a.title}» ${a.id ?? ''}`),
    ),
    notCompletedAfterRecovery: finding([
      ...run.submissions
        .filter((s) => !s.acceptedId)
        .map((s) => `submission ${s.key}: ${s.attempts.map((a) => brief(a.attempt)).join('; ')}`),
      ...run.decisions
        .filter((d) => !d.settled || d.settled === 'unexpected')
        .map((d) => `decision ${d.key}: ${d.attempts.map(brief).join('; ')}`),
    ]),
    unexpectedProcessExits: finding(
      stack
        .crashes()
        .map((e) => `${e.name} exited (${e.signal ?? e.code}) at ${new Date(e.at).toISOString()}`),
    ),
  };
}

/** Findings that activities still retrying (with back-off up to a minute) can clear. */
const settling: (keyof IntegrityReport)[] = [
  'rowsWithoutWorkflow',
  'workflowsWithoutRow',
  'decidedWithoutExactlyOneDecision',
  'decisionAnswerNotRecorded',
  'stageNotMatchingDecision',
  'emailsMissing',
  'acceptedButMissing',
];

/**
 * The report once the system has settled: taken again until nothing that is still in progress
 * is found, or `boundMs`; then once more a few seconds later, so a late duplicate is counted.
 */
export async function settledIntegrityReport(
  run: FaultRun,
  boundMs = 100_000,
): Promise<IntegrityReport> {
  const deadline = Date.now() + boundMs;
  for (;;) {
    const report = await integrityReport(run);
    if (settling.every((k) => report[k].count === 0)) break;
    if (Date.now() > deadline) return report;
    await sleep(3000);
  }
  await sleep(5000);
  return integrityReport(run);
}

/** One line per finding and the answer tally, for the test's output and the run's log. */
export function describeReport(run: FaultRun, report: IntegrityReport): string {
  const lines = Object.entries(report).map(
    ([name, f]: [string, Finding]) =>
      `${f.count === 0 ? 'ok  ' : 'FAIL'} ${name}: ${f.count}${f.count ? `\n       ${f.examples.join('\n       ')}` : ''}`,
  );
  const notes = [...run.observations]
    .filter(([, xs]) => xs.length > 0)
    .map(([what, xs]) => `note ${what}: ${xs.length}\n       ${xs.slice(0, 8).join('\n       ')}`);
  return [
    `[${run.stack.name}/${run.label}] answers: ${JSON.stringify(run.tally())}`,
    `logs and attempts: ${run.stack.runDir}`,
    ...lines,
    ...notes,
  ].join('\n');
}
