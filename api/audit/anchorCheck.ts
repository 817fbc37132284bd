// Checks the daily anchors (activities/auditAnchor.ts): each anchor's own hash, its link to the
// anchor before it, and that every chain head it vouches for is still there, unchanged. This is
// what catches a record deleted from the end of a chain, or a whole chain recomputed.
import { anchorDayOf, anchorHash, type AnchorHead } from '../../activities/auditAnchor';
import { genesisHash } from '../../activities/auditTrail';
import type { AuditProblem } from './auditProblem';

export interface AnchorRow {
  day: Date;
  heads: unknown;
  prevHash: string;
  hash: string;
}

/** `current` finds a delegation's record at a seq as it is now (undefined: no such record). */
export function checkAnchors(
  anchors: AnchorRow[],
  current: (delegationId: string, seq: number) => { id: string; hash: string } | undefined,
): AuditProblem[] {
  const problems: AuditProblem[] = [];
  const sorted = [...anchors].sort((a, b) => a.day.getTime() - b.day.getTime());
  sorted.forEach((a, i) => {
    const day = anchorDayOf(a.day);
    const heads = a.heads as AnchorHead[];
    if (anchorHash(a.prevHash, day, heads) !== a.hash) {
      problems.push({
        problem: 'changed',
        table: 'audit_anchor',
        day,
        message: `Changed: the anchor of ${day} no longer matches its hash.`,
      });
    }
    const expected = sorted[i - 1]?.hash ?? genesisHash;
    if (a.prevHash !== expected) {
      const before = sorted[i - 1]
        ? `the anchor of ${anchorDayOf((sorted[i - 1] as AnchorRow).day)}`
        : 'the start of the anchor chain';
      problems.push({
        problem: 'deleted',
        table: 'audit_anchor',
        day,
        message: `Deleted or changed: an anchor between ${before} and the anchor of ${day} — the latter chains to a hash no anchor has.`,
      });
    }
    for (const h of heads) {
      const now = current(h.delegationId, h.seq);
      if (now?.hash === h.hash) continue;
      problems.push({
        problem: now === undefined ? 'deleted' : 'changed',
        table: 'audit_event',
        delegationId: h.delegationId,
        seq: h.seq,
        id: now?.id,
        message:
          now === undefined
            ? `Deleted: delegation ${h.delegationId}, seq ${h.seq} — the anchor of ${day} vouches for it and it is gone.`
            : `Changed: delegation ${h.delegationId}, seq ${h.seq}, id ${now.id} — its hash differs from the one the anchor of ${day} vouches for.`,
      });
    }
  });
  return problems;
}
