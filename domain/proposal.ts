import { z } from 'zod';
import { storableId } from './storableText';
import { localDate, vnText } from './vnText';

export const leaderRanks = ['head', 'deputy'] as const;
export type LeaderRank = (typeof leaderRanks)[number];

/** A problem the trip must solve (R-FOCUS) with the measurable target it is judged by (R-ACCOUNTABILITY). */
export const problemSchema = z.object({
  statement: vnText(),
  indicator: vnText(500),
  baseline: vnText(200),
  target: vnText(200),
});

/** One host locality; R-DESTINATION requires the justification of its good practice. */
export const destinationSchema = z.object({
  province: vnText(200),
  hostBody: vnText(500),
  goodPracticeJustification: vnText(),
  topics: z.array(vnText(200)).min(1),
  // Bounded so the day arithmetic stays exact; the policy's own cap is R-DAYS-PER-DESTINATION.
  daysOnSite: z.number().int().min(1).max(366),
});

export const memberSchema = z.object({
  name: vnText(200),
  email: z.email(),
  position: vnText(200),
  isKeyLeader: z.boolean().default(false),
  isDelegationLeader: z.boolean().default(false),
});

export const fundingSchema = z.object({
  source: vnText(500),
  // A million billion đồng: far above any trip, low enough that yearly sums stay exact.
  amountVnd: z.number().int().nonnegative().max(1e15),
});

/** The proposal as the unit submits it (R-CONTENT names what it must state). */
export const proposalSchema = z.object({
  unitId: storableId(),
  title: vnText(300),
  purpose: vnText(),
  problems: z.array(problemSchema).min(1),
  studyContent: vnText(5000),
  studyPlan: vnText(5000),
  destinations: z.array(destinationSchema).min(1),
  departureDate: localDate,
  returnDate: localDate,
  leaderRank: z.enum(leaderRanks),
  members: z.array(memberSchema).min(1),
  funding: fundingSchema,
});

export type Problem = z.infer<typeof problemSchema>;
export type Destination = z.infer<typeof destinationSchema>;
export type Member = z.infer<typeof memberSchema>;
export type Proposal = z.infer<typeof proposalSchema>;
/** What a client sends, before defaults are applied. */
export type ProposalInput = z.input<typeof proposalSchema>;
