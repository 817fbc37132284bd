// Tamper evidence end to end: real delegations decided from emailed links leave hash-chained audit
// records; GET /api/audit/verify finds nothing in an untouched database, and names the record when
// one audit row is changed, deleted or inserted, or a decision row disagrees with Temporal.
import { anchorToday } from '../../activities/auditAnchor';
import { auditHash } from '../../activities/auditTrail';
import type { AuditProblem } from '../../api/audit/auditProblem';
import type { VerifyReport } from '../../api/audit/verifyAudit';
import { DelegationDriver } from '../support/delegationDriver';
import { apiKeyHeaders, type Headers } from '../support/testCredentials';
import { startTestStack, type TestStack } from '../support/testStack';

let stack: TestStack;
let drive: DelegationDriver;
let auditor: Headers;
/** One rejected delegation per kind of tampering, so each test reads its own chain. */
const ids: Record<'changed' | 'deleted' | 'inserted' | 'decision', string> = {
  changed: '',
  deleted: '',
  inserted: '',
  decision: '',
};

async function rejected(title: string): Promise<string> {
  const { body } = await drive.submit(await drive.proposal({ title }));
  await drive.postForm(await drive.linkFor('cuong', title), {
    decision: 'reject',
    comment: 'Trùng nội dung đã học năm trước.',
  });
  await drive.waitForStage(body.id, 'rejected');
  // The workflow ends after its last activity, so every audit record is written by then.
  await stack.env.client.workflow.getHandle(`delegation-${body.id}`).result();
  return body.id;
}

beforeAll(async () => {
  stack = await startTestStack('time-skipping');
  drive = new DelegationDriver(stack);
  auditor = await apiKeyHeaders(stack.db, { role: 'auditor' });
  for (const kind of Object.keys(ids) as (keyof typeof ids)[])
    ids[kind] = await rejected(`Đoàn thử sửa hồ sơ ${kind}`);
});
afterAll(() => stack?.stop());

async function verify(delegationId?: string): Promise<VerifyReport> {
  const res = await fetch(
    `${stack.baseUrl}/api/audit/verify${delegationId ? `?delegationId=${delegationId}` : ''}`,
    { headers: auditor },
  );
  expect(res.status).toBe(200);
  return (await res.json()) as VerifyReport;
}

const chainOf = (delegationId: string) =>
  stack.db.auditEvent.findMany({ where: { delegationId }, orderBy: { seq: 'asc' } });
const named = (p: AuditProblem) => ({
  problem: p.problem,
  table: p.table,
  delegationId: p.delegationId,
  seq: p.seq,
  id: p.id,
});

test('an untouched database verifies clean, and the day is anchored', async () => {
  const report = await verify();
  expect(report).toMatchObject({
    ok: true,
    problems: [],
    delegations: 4,
    decisionsChecked: true,
    decisionsCompared: 4,
    historiesUnavailable: [],
  });
  expect(report.auditRecords).toBeGreaterThanOrEqual(4 * 5);

  const anchored = await anchorToday(stack.db);
  expect(anchored).toMatchObject({ written: true, heads: 4 });
  expect(await anchorToday(stack.db)).toMatchObject({
    written: false,
    reason: 'already anchored today',
  });
  expect(await verify()).toMatchObject({
    ok: true,
    anchors: 1,
    latestAnchor: { hash: anchored.written ? anchored.hash : '' },
  });
});

test('one changed field of one audit record is found and named', async () => {
  const row = (await chainOf(ids.changed)).find((r) => r.kind === 'decision_recorded');
  if (!row) throw new Error('no decision record');
  await stack.db.auditEvent.update({
    where: { id: row.id },
    data: { data: { ...(row.data as object), comment: 'Đồng ý.' } },
  });
  const report = await verify(ids.changed);
  expect(report.ok).toBe(false);
  expect(report.problems.map(named)).toEqual([
    {
      problem: 'changed',
      table: 'audit_event',
      delegationId: ids.changed,
      seq: row.seq,
      id: row.id.toString(),
    },
  ]);
  expect(report.problems[0]?.message).toBe(
    `Changed: delegation ${ids.changed}, seq ${row.seq}, id ${row.id} (decision_recorded) — its content no longer matches its hash.`,
  );
});

test('a deleted audit record is found by the gap it leaves, and the last one by the anchor', async () => {
  const chain = await chainOf(ids.deleted);
  const [middle, last] = [chain[2], chain[chain.length - 1]];
  if (!middle || !last) throw new Error('chain too short');
  await stack.db.auditEvent.deleteMany({ where: { id: { in: [middle.id, last.id] } } });
  const report = await verify(ids.deleted);
  expect(report.problems.map(named)).toEqual([
    {
      problem: 'deleted',
      table: 'audit_event',
      delegationId: ids.deleted,
      seq: middle.seq,
      id: undefined,
    },
    {
      problem: 'deleted',
      table: 'audit_event',
      delegationId: ids.deleted,
      seq: last.seq,
      id: undefined,
    },
  ]);
  expect(report.problems[0]?.message).toContain(
    `Deleted: delegation ${ids.deleted}, seq ${middle.seq} (between id ${chain[1]?.id} and id ${chain[3]?.id})`,
  );
  expect(report.problems[1]?.message).toMatch(
    new RegExp(
      `^Deleted: delegation ${ids.deleted}, seq ${last.seq} — the anchor of \\d{4}-\\d{2}-\\d{2} vouches for it and it is gone\\.$`,
    ),
  );
});

test('an inserted audit record is found even with a correctly computed hash', async () => {
  const chain = await chainOf(ids.inserted);
  const before = chain[1];
  if (!before) throw new Error('chain too short');
  // A forger who knows the algorithm: makes room after seq 2 and chains a decision to it.
  for (const r of chain.slice(2).reverse())
    await stack.db.auditEvent.update({ where: { id: r.id }, data: { seq: r.seq + 1 } });
  const forged = {
    delegationId: ids.inserted,
    seq: 3,
    kind: 'decision_recorded',
    occurredAt: before.occurredAt,
    actorId: 'dung',
    data: { stage: 'committee_review', decision: 'approve', proposalVersion: 1 },
  };
  const hash = auditHash(before.hash, { ...forged, occurredAt: forged.occurredAt.toISOString() });
  const row = await stack.db.auditEvent.create({
    data: { ...forged, prevHash: before.hash, hash },
  });

  const report = await verify(ids.inserted);
  expect(report.problems.filter((p) => p.problem === 'inserted').map(named)).toEqual([
    {
      problem: 'inserted',
      table: 'audit_event',
      delegationId: ids.inserted,
      seq: 3,
      id: row.id.toString(),
    },
  ]);
  // The records pushed down to make room were changed too: their seq is part of their hash.
  expect(report.problems.filter((p) => p.problem === 'changed').map((p) => p.message)).toEqual(
    chain
      .slice(2)
      .map(
        (r) =>
          `Changed: delegation ${ids.inserted}, seq ${r.seq + 1}, id ${r.id} (${r.kind}) — its seq was changed from ${r.seq} to ${r.seq + 1}.`,
      ),
  );
});

test('a decision that disagrees with the Temporal history is found, and so is one that vanished', async () => {
  const decision = await stack.db.decision.findFirstOrThrow({
    where: { delegationId: ids.decision },
  });
  await stack.db.decision.update({ where: { id: decision.id }, data: { decision: 'approve' } });
  const changed = await verify(ids.decision);
  expect(changed.problems.map(named)).toEqual([
    {
      problem: 'changed',
      table: 'decision',
      delegationId: ids.decision,
      seq: undefined,
      id: decision.id,
    },
  ]);
  expect(changed.problems[0]?.message).toMatch(
    new RegExp(
      `^Changed: decision id ${decision.id} \\(delegation ${ids.decision}, committee_review, version 1\\) — decision is "approve" in the database but "reject" in the Temporal history \\(event \\d+\\)\\.$`,
    ),
  );

  await stack.db.decision.delete({ where: { id: decision.id } });
  const deleted = await verify(ids.decision);
  expect(deleted.problems.map(named)).toEqual([
    {
      problem: 'deleted',
      table: 'decision',
      delegationId: ids.decision,
      seq: undefined,
      id: undefined,
    },
  ]);
  expect(deleted.problems[0]?.message).toMatch(
    /^Deleted: the decision "reject" by Lê Văn Cường \(committee_review, version 1\) accepted at Temporal event \d+ is not in the decision table\.$/,
  );
});
