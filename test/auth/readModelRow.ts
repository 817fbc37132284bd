// A delegation in the read model only (no workflow): enough for what the API decides before it
// reaches a workflow — who may see it, who may act on it.
import { proposalSchema } from '../../domain/proposal';
import type { Db } from '../../prisma/client';
import { proposalFor, type ProposalOptions } from '../fixtures/proposals';

export async function readModelDelegation(
  db: Db,
  o: ProposalOptions & { stage?: string; submittedById?: string; memberEmails?: string[] } = {},
): Promise<string> {
  const base = proposalSchema.parse(proposalFor(o));
  const proposal = {
    ...base,
    members: base.members.map((m, i) => ({ ...m, email: o.memberEmails?.[i] ?? m.email })),
  };
  const row = await db.delegation.create({
    data: {
      unitId: proposal.unitId,
      year: Number(proposal.departureDate.slice(0, 4)),
      title: proposal.title,
      stage: o.stage ?? 'committee_review',
      proposal,
      departureDate: new Date(proposal.departureDate),
      returnDate: new Date(proposal.returnDate),
      memberCount: proposal.members.length,
      leaderRank: proposal.leaderRank,
      submittedAt: new Date(),
      submittedById: o.submittedById,
    },
  });
  return row.id;
}
