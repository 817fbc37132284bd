import type { EarlierDelegation } from '../domain/checkProposal';
import type { Prisma } from '../generated/prisma/client';
import type { Policy } from '../domain/policy';
import type { Db } from '../prisma/client';

type Reader = Db | Prisma.TransactionClient;

/**
 * What the rules need from the database: the unit's quota used in the departure year (not
 * counting the delegation being changed) and the province's earlier delegations for R-DUPLICATE.
 */
export async function proposalCheckContext(
  db: Reader,
  q: {
    unitId: string;
    provinceId: string;
    year: number;
    policy: Policy;
    now: Date;
    excludeDelegationId?: string;
  },
): Promise<{ quotaUsed: number; earlierDelegations: EarlierDelegation[] }> {
  const notThis = q.excludeDelegationId ? { id: { not: q.excludeDelegationId } } : {};
  const quotaUsed = await db.delegation.count({
    where: { unitId: q.unitId, year: q.year, countsTowardQuota: true, ...notThis },
  });
  // A generous window; the R-DUPLICATE rule itself decides what falls inside its months.
  const windowStart = new Date(
    q.now.getTime() - (q.policy.duplicateWindowMonths + 2) * 31 * 86_400_000,
  );
  const earlier = await db.delegation.findMany({
    where: { departureDate: { gte: windowStart }, unit: { provinceId: q.provinceId }, ...notThis },
    select: { id: true, title: true, unitId: true, departureDate: true, proposal: true },
  });
  return {
    quotaUsed,
    earlierDelegations: earlier.map((e) => ({
      id: e.id,
      title: e.title,
      unitId: e.unitId,
      departureDate: e.departureDate.toISOString().slice(0, 10),
      destinations:
        (e.proposal as { destinations?: { province: string; topics: string[] }[] }).destinations ??
        [],
    })),
  };
}
