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

export const delegationListQuery = z.object({
  unitId: z.string().optional(),
  stage: z.enum(stages).optional(),
  year: z.coerce.number().int().optional(),
});

export const stageResultSchema = z.object({ stage: z.enum(stages), proposalVersion: z.number() });
