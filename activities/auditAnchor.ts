// The daily anchor of the audit chains: one audit_anchor row per day (Asia/Ho_Chi_Minh) naming the
// head (last seq and hash) of every delegation chain that changed since the previous anchor,
// chained to that anchor by its hash. A record deleted from the end of a chain, or a chain
// rewritten, no longer matches what an anchor says. Written by `npm run audit -- anchor` and after a
// clean `npm run audit -- verify` (no Temporal Schedule: the time-skipping test server has none).
import { createHash } from 'node:crypto';
import { vietnamDateOf } from '../domain/vnFormat';
import type { Db } from '../prisma/client';
import { canonicalJson, genesisHash } from './auditTrail';

export interface AnchorHead {
  delegationId: string;
  seq: number;
  hash: string;
}

export function anchorHash(prevHash: string, day: string, heads: AnchorHead[]): string {
  return createHash('sha256').update(prevHash).update(canonicalJson({ day, heads })).digest('hex');
}

export const anchorDayOf = (d: Date): string => d.toISOString().slice(0, 10);

export type AnchorOutcome =
  | { written: true; day: string; heads: number; hash: string }
  | {
      written: false;
      day: string;
      reason: 'already anchored today' | 'nothing changed since the last anchor';
    };

/** The chain heads each anchor vouches for, the latest anchor of each delegation winning. */
export function anchoredHeads(anchors: { heads: unknown }[]): Map<string, AnchorHead> {
  const latest = new Map<string, AnchorHead>();
  for (const a of anchors) for (const h of a.heads as AnchorHead[]) latest.set(h.delegationId, h);
  return latest;
}

/**
 * Anchors today's changes. Serialised by an advisory lock so two runs cannot fork the anchor
 * chain; a day that already has its anchor keeps it (anchors are never rewritten).
 */
export async function anchorToday(db: Db, now: Date = new Date()): Promise<AnchorOutcome> {
  const day = vietnamDateOf(now.toISOString());
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('audit_anchor'))`;
    const anchors = await tx.auditAnchor.findMany({ orderBy: { day: 'asc' } });
    const last = anchors[anchors.length - 1];
    if (last && anchorDayOf(last.day) >= day)
      return { written: false, day, reason: 'already anchored today' };
    const heads = await tx.$queryRaw<AnchorHead[]>`
      SELECT DISTINCT ON (delegation_id) delegation_id AS "delegationId", seq, hash
      FROM audit_event WHERE delegation_id IS NOT NULL ORDER BY delegation_id, seq DESC`;
    const before = anchoredHeads(anchors);
    const changed = heads
      .filter((h) => before.get(h.delegationId)?.hash !== h.hash)
      .map((h) => ({ delegationId: h.delegationId, seq: Number(h.seq), hash: h.hash }));
    if (changed.length === 0)
      return { written: false, day, reason: 'nothing changed since the last anchor' };
    const prevHash = last?.hash ?? genesisHash;
    const hash = anchorHash(prevHash, day, changed);
    await tx.auditAnchor.create({
      data: { day: new Date(`${day}T00:00:00Z`), heads: changed, prevHash, hash },
    });
    return { written: true, day, heads: changed.length, hash };
  });
}
