// The fields of a proposal that the rule checks read. They are parsed on their own when the whole
// proposal is invalid (a missing purpose, say), so one refusal still names every rule it breaks.
import type { z } from 'zod';
import { proposalSchema } from './proposal';

export const checkableProposalSchema = proposalSchema.pick({
  unitId: true,
  departureDate: true,
  returnDate: true,
  leaderRank: true,
  members: true,
  destinations: true,
});
export type CheckableProposal = z.infer<typeof checkableProposalSchema>;
