import { proposalSchema, type Proposal } from '../domain/proposal';
import type { Db } from '../prisma/client';

/** The stored proposal of a delegation (validated when submitted; parsed again for types). */
export async function storedDelegation(db: Db, delegationId: string) {
  const row = await db.delegation.findUniqueOrThrow({
    where: { id: delegationId },
    include: { unit: true },
  });
  const proposal: Proposal = proposalSchema.parse(row.proposal);
  return { row, proposal };
}
