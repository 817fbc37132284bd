import { createHash } from 'node:crypto';
import type { Prisma } from '../generated/prisma/client';

export interface AuditEntry {
  delegationId: string;
  kind: string;
  occurredAt: Date;
  actorId?: string | null;
  data: Prisma.InputJsonValue;
}

export const genesisHash = '0'.repeat(64);

/** Canonical JSON (sorted keys) so the hash does not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function auditHash(
  prevHash: string,
  e: {
    delegationId: string;
    seq: number;
    kind: string;
    occurredAt: string;
    actorId: string | null;
    data: unknown;
  },
): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(e)).digest('hex');
}

/**
 * Appends to the delegation's hash chain inside the caller's transaction. The delegation row is
 * locked first so that concurrent writers cannot fork the chain.
 */
export async function appendAuditEvent(
  tx: Prisma.TransactionClient,
  entry: AuditEntry,
): Promise<void> {
  await tx.$queryRaw`SELECT id FROM delegation WHERE id = ${entry.delegationId} FOR UPDATE`;
  const last = await tx.auditEvent.findFirst({
    where: { delegationId: entry.delegationId },
    orderBy: { seq: 'desc' },
  });
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? genesisHash;
  const actorId = entry.actorId ?? null;
  const hash = auditHash(prevHash, {
    delegationId: entry.delegationId,
    seq,
    kind: entry.kind,
    occurredAt: entry.occurredAt.toISOString(),
    actorId,
    data: entry.data,
  });
  await tx.auditEvent.create({
    data: {
      delegationId: entry.delegationId,
      seq,
      kind: entry.kind,
      occurredAt: entry.occurredAt,
      actorId,
      data: entry.data,
      prevHash,
      hash,
    },
  });
}
