// The delegations a caller's grants reach, as one database filter: listing uses it as the WHERE
// clause, and fetching one delegation asks whether it passes the same filter.
import { reachOf, type Grant } from '../../domain/accessReach';
import { localDateOf } from '../../domain/calendar';
import type { Prisma } from '../../generated/prisma/client';
import type { Db } from '../../prisma/client';

const dayOf = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export async function delegationReachFilter(
  db: Db,
  grants: readonly Grant[],
  now = new Date(),
): Promise<Prisma.DelegationWhereInput> {
  const registry = grants.some((g) => g.role === 'unit_staff')
    ? (await db.unit.findMany({ select: { id: true, validTo: true, successorId: true } })).map(
        (u) => ({ ...u, validTo: dayOf(u.validTo) }),
      )
    : [];
  const today = localDateOf(now.toISOString());
  const alternatives: Prisma.DelegationWhereInput[] = [];
  for (const reach of grants.map((g) => reachOf(g, registry, today))) {
    if ('everywhere' in reach) return {};
    if ('province' in reach) alternatives.push({ unit: { provinceId: reach.province } });
    if ('committee' in reach) alternatives.push({ unit: { directCommitteeId: reach.committee } });
    if ('units' in reach) alternatives.push({ unitId: { in: reach.units } });
  }
  return alternatives.length > 0 ? { OR: alternatives } : { id: { in: [] } };
}

export async function reachesDelegation(
  db: Db,
  grants: readonly Grant[],
  delegationId: string,
): Promise<boolean> {
  const filter = await delegationReachFilter(db, grants);
  return (await db.delegation.count({ where: { AND: [{ id: delegationId }, filter] } })) > 0;
}
