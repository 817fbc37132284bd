// The clients of a fault test: unit staff submitting proposals over JSON, approvers posting the
// form of their emailed links. Every request is bounded (a hang past the bound is an outcome
// of its own) and every answer is kept with its time, so the test can judge what clients saw
// while the fault lasted and what they could finish after it.
import { randomBytes } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { demoEmail } from '../../../prisma/seedDemo';
import { proposalFor } from '../../fixtures/proposals';
import { apiKeyHeaders, type Headers } from '../../support/testCredentials';
import type { FaultStack } from './faultStack';
import { actionLinkOf } from './receivedMail';
import { sleep } from './serverProcess';

/** No answer may take longer than this, fault or not (a page that hangs is a failure). */
export const answerBoundMs = 15_000;

export type Outcome =
  | { kind: 'answer'; status: number; retryAfter: string | null; body: string }
  | { kind: 'connection-error'; message: string }
  | { kind: 'hang' };

export interface Attempt {
  op: string;
  kind: 'submission' | 'decision';
  startedAt: number;
  endedAt: number;
  outcome: Outcome;
}

export interface SubmissionAttempt {
  unitId: string;
  title: string;
  attempt: Attempt;
  /** The id of the delegation a 201 answered. */
  id?: string;
}

export interface Submission {
  key: string;
  attempts: SubmissionAttempt[];
  acceptedId?: string;
}

export type Approver = 'cuong' | 'dung';

export interface DecisionOp {
  key: string;
  delegationId: string;
  approver: Approver;
  decision: 'approve' | 'reject';
  link: string;
  attempts: Attempt[];
  /** recorded: a 2xx answer; already-decided: a 409 (someone's decision came first). */
  /** 202 is "received, being processed": it may still lose a race, which the link then shows. */
  settled?: 'recorded' | 'pending' | 'already-decided' | 'unexpected';
}

/**
 * What a client tries again: a cut connection, no answer, a 503, and also a 500 (whose page
 * says "retry later"), so that a wrong status is reported as such and not also as work left
 * undone.
 */
const isRetryable = (o: Outcome) => o.kind !== 'answer' || o.status >= 500;

/** How long a client waits before trying again: Retry-After, capped, or a second. */
const retryDelayMs = (o: Outcome) => {
  const seconds = o.kind === 'answer' ? Number(o.retryAfter) : NaN;
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 5) * 1000 : 1000;
};

/**
 * A client waits a little past the bound before giving up, so an answer that comes late is
 * seen (and reported as late, with its status) rather than lost as a hang.
 */
const giveUpAfterMs = answerBoundMs + 5000;

/** Errors thrown by fetch come from Node's realm, not jest's: judged by shape, not instanceof. */
const errorFields = (err: unknown): { name: string; message: string; code: string } => {
  const e = (typeof err === 'object' && err !== null ? err : {}) as {
    name?: unknown;
    message?: unknown;
    cause?: { code?: unknown };
  };
  return {
    name: typeof e.name === 'string' ? e.name : '',
    message: typeof e.message === 'string' ? e.message : String(err),
    code: typeof e.cause?.code === 'string' ? e.cause.code : '',
  };
};

async function boundedFetch(url: string, init: RequestInit): Promise<Outcome> {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(giveUpAfterMs) });
    const body = await res.text();
    return { kind: 'answer', status: res.status, retryAfter: res.headers.get('retry-after'), body };
  } catch (err) {
    const e = errorFields(err);
    if (e.name === 'TimeoutError' || e.name === 'AbortError') return { kind: 'hang' };
    return { kind: 'connection-error', message: `${e.message} ${e.code}`.trim() };
  }
}

/** The words of an answer (a page's text without its markup and style), shortened. */
export const bodyGist = (body: string, max = 300): string =>
  body
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);

export const describeOutcome = (o: Outcome): string =>
  o.kind === 'answer' ? String(o.status) : o.kind;

export class FaultRun {
  readonly attempts: Attempt[] = [];
  readonly submissions: Submission[] = [];
  readonly decisions: DecisionOp[] = [];
  /** What the last report saw that is worth telling but is no failure, by what it is. */
  readonly observations = new Map<string, string[]>();
  /** Periods in which the faulty component was down (ms since epoch). */
  readonly outages: { from: number; to: number }[] = [];
  private readonly units: { unitId: string; headers: Headers }[] = [];
  private readonly tag = randomBytes(2).toString('hex');
  private unitCount = 0;

  constructor(
    readonly stack: FaultStack,
    readonly label: string,
  ) {}

  /**
   * Units (each with a staff API key) for `n` submission attempts, made while the database is
   * up. One unit per attempt: R-ANNUAL-QUOTA never refuses a retry, and a unit's rows say
   * exactly what its one attempt stored.
   */
  async prepareUnits(n: number): Promise<void> {
    for (let i = 0; i < n; i++) this.units.push(await this.createUnit());
  }

  private async createUnit(): Promise<{ unitId: string; headers: Headers }> {
    const unitId = `don-vi-${this.label}-${this.tag}-${String(this.unitCount++).padStart(3, '0')}`;
    await this.stack.db.unit.create({
      data: {
        id: unitId,
        name: `Đơn vị thử lỗi ${unitId}`,
        provinceId: 'ca-mau',
        directCommitteeId: 'ca-mau-dang-uy-ubnd',
        validFrom: new Date('2025-07-01'),
      },
    });
    return { unitId, headers: await apiKeyHeaders(this.stack.db, { role: 'unit_staff', unitId }) };
  }

  /** A prepared unit, or (when none is left and the database is up) a new one. */
  private async takeUnit(): Promise<{ unitId: string; headers: Headers }> {
    return this.units.shift() ?? (await this.createUnit());
  }

  newSubmission(): Submission {
    const s: Submission = {
      key: `${this.label} ${this.tag} ${String(this.submissions.length).padStart(3, '0')}`,
      attempts: [],
    };
    this.submissions.push(s);
    return s;
  }

  /** One POST /api/delegations of a fresh unit; the title names the submission and attempt. */
  async submitOnce(s: Submission): Promise<Outcome> {
    const unit = await this.takeUnit();
    const title = `Đoàn thử lỗi ${s.key}/${String(s.attempts.length).padStart(2, '0')}`;
    const startedAt = Date.now();
    const outcome = await boundedFetch(`${this.stack.baseUrl}/api/delegations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...unit.headers },
      body: JSON.stringify(proposalFor({ unitId: unit.unitId, title })),
    });
    const attempt: Attempt = {
      op: `submit «${title}»`,
      kind: 'submission',
      startedAt,
      endedAt: Date.now(),
      outcome,
    };
    this.record(attempt);
    const record: SubmissionAttempt = { unitId: unit.unitId, title, attempt };
    if (outcome.kind === 'answer' && outcome.status === 201) {
      record.id = (JSON.parse(outcome.body) as { id: string }).id;
      s.acceptedId = record.id;
    }
    s.attempts.push(record);
    return outcome;
  }

  /** Tries again, as a client told 503 (or cut off) would, until a 201 or the bound. */
  async submitUntilAccepted(s: Submission, boundMs: number): Promise<void> {
    const deadline = Date.now() + boundMs;
    while (!s.acceptedId && Date.now() < deadline) {
      const o = await this.submitOnce(s);
      if (!isRetryable(o)) return;
      if (!s.acceptedId) await sleep(retryDelayMs(o));
    }
  }

  /** Submissions before the fault: accepted, each with its committee links delivered. */
  async submitAccepted(n: number): Promise<Submission[]> {
    const made = Array.from({ length: n }, () => this.newSubmission());
    await inBatches(made, 3, (s) => this.submitUntilAccepted(s, 60_000));
    const missing = made.filter((s) => !s.acceptedId);
    if (missing.length)
      throw new Error(`before the fault, ${missing.length} of ${n} submissions were not accepted`);
    return made;
  }

  /** The action links the committee members (Cường, Dung) received for a delegation. */
  async committeeLinks(s: Submission, timeoutMs = 60_000): Promise<Record<Approver, string>> {
    const title = s.attempts.find((a) => a.id === s.acceptedId)?.title ?? '';
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const mail = await this.stack.inbox.all().catch(() => []);
      const linkTo = (who: Approver) =>
        mail
          .filter((m) => m.to.includes(demoEmail(who)) && m.subject.includes(title))
          .map(actionLinkOf)
          .find((l) => l !== undefined);
      const cuong = linkTo('cuong');
      const dung = linkTo('dung');
      if (cuong && dung) return { cuong, dung };
      if (Date.now() > deadline) throw new Error(`no committee links for «${title}»`);
      await sleep(500);
    }
  }

  async decisionOn(
    s: Submission,
    approver: Approver,
    decision: 'approve' | 'reject',
    linkTimeoutMs = 60_000,
  ): Promise<DecisionOp> {
    if (!s.acceptedId) throw new Error(`${s.key} was not accepted`);
    const links = await this.committeeLinks(s, linkTimeoutMs);
    const op: DecisionOp = {
      key: `${s.key} ${decision} by ${approver}`,
      delegationId: s.acceptedId,
      approver,
      decision,
      link: links[approver],
      attempts: [],
    };
    this.decisions.push(op);
    return op;
  }

  /**
   * Decisions on delegations whose links arrived, one group each: Cường or Dung approves (one
   * rejects), and on the first two both committee members answer at the same moment, each
   * differently, of which exactly one decision may come.
   */
  async committeeDecisions(delegations: Submission[]): Promise<DecisionOp[][]> {
    const groups: DecisionOp[][] = [];
    for (const [i, s] of delegations.entries()) {
      const who: Approver = i % 2 ? 'dung' : 'cuong';
      const group = [await this.decisionOn(s, who, i === 3 ? 'reject' : 'approve')];
      if (i < 2)
        group.push(
          await this.decisionOn(
            s,
            who === 'cuong' ? 'dung' : 'cuong',
            i === 0 ? 'reject' : 'approve',
          ),
        );
      groups.push(group);
    }
    return groups;
  }

  /** One POST of the link's form. */
  async decideOnce(op: DecisionOp): Promise<Outcome> {
    const startedAt = Date.now();
    const outcome = await boundedFetch(op.link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'fault-test' },
      body: new URLSearchParams({
        decision: op.decision,
        ...(op.decision === 'reject' ? { comment: 'Không phù hợp kế hoạch năm.' } : {}),
      }).toString(),
    });
    const attempt: Attempt = {
      op: `decide ${op.key}`,
      kind: 'decision',
      startedAt,
      endedAt: Date.now(),
      outcome,
    };
    this.record(attempt);
    op.attempts.push(attempt);
    if (outcome.kind === 'answer') {
      if (outcome.status === 202) op.settled = 'pending';
      else if (outcome.status >= 200 && outcome.status < 300) op.settled = 'recorded';
      else if (outcome.status === 409) op.settled = 'already-decided';
      else if (outcome.status < 500) op.settled = 'unexpected';
    }
    return outcome;
  }

  async decideUntilSettled(op: DecisionOp, boundMs: number): Promise<void> {
    const deadline = Date.now() + boundMs;
    while (!op.settled && Date.now() < deadline) {
      const o = await this.decideOnce(op);
      if (!op.settled) await sleep(retryDelayMs(o));
    }
  }

  /**
   * Load while `until` is pending: `submitters` clients each submitting one proposal after
   * another, and the given groups of decisions spread over `spreadMs`, a group's decisions at
   * the same moment (each posted once here; what a fault refused is posted again by
   * finishAfterRecovery).
   */
  async loadUntil(
    until: Promise<unknown>,
    o: {
      submitters: number;
      pauseMs: number;
      decisions?: DecisionOp[][];
      /** The first decision is posted after this, the last `spreadMs` later. */
      decisionsAfterMs?: number;
      spreadMs?: number;
    },
  ): Promise<void> {
    let done = false;
    const finished = until.finally(() => {
      done = true;
    });
    // Only prepared units during the fault: the database may be the component that is down.
    const submitter = async () => {
      while (!done && this.units.length > 0) {
        await this.submitOnce(this.newSubmission());
        await sleep(o.pauseMs);
      }
    };
    const decisions = o.decisions ?? [];
    const spread = o.spreadMs ?? 0;
    const decider = async (group: DecisionOp[], i: number) => {
      await sleep((o.decisionsAfterMs ?? 0) + (spread * i) / Math.max(decisions.length, 1));
      await Promise.all(group.map((op) => this.decideOnce(op)));
    };
    await Promise.all([
      finished,
      ...Array.from({ length: o.submitters }, submitter),
      ...decisions.map(decider),
    ]);
  }

  /** After recovery: what was refused or cut off is tried again until it goes through. */
  async finishAfterRecovery(boundMs = 90_000): Promise<void> {
    await inBatches(
      this.submissions.filter((s) => !s.acceptedId && s.attempts.length > 0),
      3,
      (s) => this.submitUntilAccepted(s, boundMs),
    );
    await inBatches(
      this.decisions.filter((d) => !d.settled),
      3,
      (d) => this.decideUntilSettled(d, boundMs),
    );
  }

  /** Marks a period (ms since epoch) in which the faulty component was down. */
  markOutage(from: number, to: number): void {
    this.outages.push({ from, to });
  }

  /** Keeps an attempt, and writes it to the run's attempts.log (one JSON line each). */
  private record(attempt: Attempt): void {
    this.attempts.push(attempt);
    const { outcome } = attempt;
    appendFileSync(
      path.join(this.stack.runDir, 'attempts.log'),
      `${JSON.stringify({
        op: attempt.op,
        started: new Date(attempt.startedAt).toISOString(),
        ms: attempt.endedAt - attempt.startedAt,
        outcome:
          outcome.kind === 'answer'
            ? {
                status: outcome.status,
                retryAfter: outcome.retryAfter,
                body: bodyGist(outcome.body),
              }
            : outcome,
      })}\n`,
    );
  }

  /** How the answers came out, by kind and status, for the test's log. */
  tally(): Record<string, number> {
    const t: Record<string, number> = {};
    for (const a of this.attempts) {
      const k = `${a.kind} ${describeOutcome(a.outcome)}`;
      t[k] = (t[k] ?? 0) + 1;
    }
    return t;
  }
}

/** Runs `work` on every item, `size` at a time. */
export async function inBatches<T>(
  items: T[],
  size: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: Math.min(size, queue.length) }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}
