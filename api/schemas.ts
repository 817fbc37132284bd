import { z } from 'zod';
import { ruleIds } from '../domain/ruleViolation';
import { stages } from '../domain/stage';

export const violationSchema = z.object({
  rule: z.enum(ruleIds),
  field: z.string(),
  message: z.string(),
  messageVi: z.string(),
});
export const errorsSchema = z.object({ errors: z.array(violationSchema) });

export const createdSchema = z.object({
  id: z.string(),
  stage: z.enum(stages),
  escalation: z.boolean().describe('true when the team exceeds the cap (R-TEAM-SIZE)'),
  warnings: z.array(violationSchema),
});

export const decisionViewSchema = z.object({
  stage: z.string(),
  proposalVersion: z.number(),
  decision: z.string(),
  actorId: z.string().nullable(),
  onBehalfOfId: z.string().nullable(),
  comment: z.string().nullable(),
  maxTeamSize: z.number().nullable(),
  decidedAt: z.string(),
});

export const delegationViewSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  year: z.number(),
  title: z.string(),
  stage: z.enum(stages),
  status: z.enum(['open', 'closed']),
  proposalVersion: z.number(),
  departureDate: z.string(),
  returnDate: z.string(),
  memberCount: z.number(),
  approvedTeamSize: z.number().nullable(),
  overdue: z.boolean(),
  deadlines: z.object({ reportDueAt: z.string().nullable(), reviewDueAt: z.string().nullable() }),
  decisions: z.array(decisionViewSchema),
  proposal: z.unknown(),
});

/** The largest integer a PostgreSQL `integer` column holds. */
export const int4Max = 2_147_483_647;

/** A proposal version a client names (`basedOnVersion`): stored and compared as an integer. */
export const proposalVersionInput = z.number().int().min(1).max(int4Max);

/** A year a client filters or asks by: the years delegations are run in. */
export const yearInput = z.number().int().min(2000).max(2100);

export const delegationListQuery = z.object({
  unitId: z.string().optional(),
  stage: z.enum(stages).optional(),
  year: z.coerce.number().pipe(yearInput).optional(),
});

export const stageResultSchema = z.object({ stage: z.enum(stages), proposalVersion: z.number() });
