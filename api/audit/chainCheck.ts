// Recomputes one delegation's audit chain (activities/auditTrail.ts) and names every record that
// was changed, inserted or deleted. Each record's hash covers its content, its seq and the hash of
// the record before it, so:
// - a changed field no longer matches the record's hash;
// - a deleted record leaves the next one pointing at a hash no record has (and a gap in seq);
// - an inserted record (even with a correctly computed hash) is one nothing chains to, while the
//   record that used to follow its predecessor still points at that predecessor.
// A record deleted from the end of a chain leaves no trace here: the daily anchors catch that.
import { auditHash, genesisHash } from '../../activities/auditTrail';
import type { AuditEvent } from '../../generated/prisma/client';
import type { AuditProblem } from './auditProblem';

export type ChainRow = Pick<
  AuditEvent,
  'id' | 'delegationId' | 'seq' | 'kind' | 'occurredAt' | 'actorId' | 'data' | 'prevHash' | 'hash'
>;

const hashWithSeq = (r: ChainRow, delegationId: string, seq: number) =>
  auditHash(r.prevHash, {
    delegationId,
    seq,
    kind: r.kind,
    occurredAt: r.occurredAt.toISOString(),
    actorId: r.actorId,
    data: r.data,
  });

const short = (hash: string) => `${hash.slice(0, 12)}…`;

export function checkChain(delegationId: string, rows: ChainRow[]): AuditProblem[] {
  const sorted = [...rows].sort((a, b) => a.seq - b.seq);
  const name = (r: ChainRow) => `delegation ${delegationId}, seq ${r.seq}, id ${r.id}`;
  const record = (r: ChainRow) => ({
    table: 'audit_event' as const,
    delegationId,
    seq: r.seq,
    id: r.id.toString(),
  });
  const found = new Map<string, AuditProblem>();
  const report = (p: AuditProblem) => {
    const key = `${p.problem}|${p.seq ?? ''}|${p.id ?? ''}`;
    if (!found.has(key)) found.set(key, p);
  };

  const hashes = new Set(sorted.map((r) => r.hash));
  const pointedAt = new Set(sorted.map((r) => r.prevHash));
  /** The seq a record's hash was computed with: its own, a neighbour's (renumbered), or none (changed). */
  const hashedSeq = new Map(
    sorted.map(
      (r) =>
        [
          r,
          [r.seq, r.seq - 1, r.seq + 1].find((s) => hashWithSeq(r, delegationId, s) === r.hash),
        ] as const,
    ),
  );

  const inserted = new Set(
    sorted.filter((r, i) => {
      const last = i === sorted.length - 1;
      const sibling = sorted.some((x) => x !== r && x.prevHash === r.prevHash);
      return !last && !pointedAt.has(r.hash) && sibling;
    }),
  );
  for (const r of inserted) {
    const successor = sorted.find((x) => x !== r && x.prevHash === r.prevHash) as ChainRow;
    report({
      problem: 'inserted',
      ...record(r),
      message: `Inserted: ${name(r)} (${r.kind}) — no record chains to it, and seq ${successor.seq} (id ${successor.id}) still follows the record it claims to follow.`,
    });
  }

  const genuine = sorted.filter((r) => !inserted.has(r));
  genuine.forEach((r, i) => {
    const seqHashed = hashedSeq.get(r);
    if (seqHashed === undefined) {
      report({
        problem: 'changed',
        ...record(r),
        message: `Changed: ${name(r)} (${r.kind}) — its content no longer matches its hash.`,
      });
    } else if (seqHashed !== r.seq) {
      report({
        problem: 'changed',
        ...record(r),
        message: `Changed: ${name(r)} (${r.kind}) — its seq was changed from ${seqHashed} to ${r.seq}.`,
      });
    }
    const prev = genuine[i - 1];
    const expectedPrev = prev ? prev.hash : genesisHash;
    if (r.prevHash === expectedPrev) return;
    const originalSeq = seqHashed ?? r.seq;
    const prevOriginalSeq = prev ? (hashedSeq.get(prev) ?? prev.seq) : 0;
    if (
      r.prevHash !== genesisHash &&
      !hashes.has(r.prevHash) &&
      originalSeq - prevOriginalSeq > 1
    ) {
      for (let missing = prevOriginalSeq + 1; missing < originalSeq; missing++) {
        report({
          problem: 'deleted',
          table: 'audit_event',
          delegationId,
          seq: missing,
          message: `Deleted: delegation ${delegationId}, seq ${missing} (${prev ? `between id ${prev.id} and id ${r.id}` : `before id ${r.id}`}) — ${name(r)} chains to hash ${short(r.prevHash)}, which no record has.`,
        });
      }
    } else if (prev && !hashes.has(r.prevHash)) {
      report({
        problem: 'changed',
        ...record(prev),
        message: `Changed: ${name(prev)} (${prev.kind}) — it was rewritten with a new hash; seq ${r.seq} (id ${r.id}) chains to ${short(r.prevHash)}.`,
      });
    } else {
      report({
        problem: 'changed',
        ...record(r),
        message: `Changed: ${name(r)} (${r.kind}) — it chains to ${short(r.prevHash)} instead of ${prev ? `seq ${prev.seq} (id ${prev.id})` : 'the start of the chain'}.`,
      });
    }
  });
  return [...found.values()];
}

/** Rows whose delegation_id was cleared cannot be checked against any chain. */
export function orphanProblems(rows: ChainRow[]): AuditProblem[] {
  return rows.map((r) => ({
    problem: 'changed',
    table: 'audit_event',
    seq: r.seq,
    id: r.id.toString(),
    message: `Changed: audit record id ${r.id} (seq ${r.seq}, ${r.kind}) — its delegation_id was cleared (was its delegation deleted?).`,
  }));
}
