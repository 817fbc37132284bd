// Cross-checks a delegation's rows of the decision table against the decisions its workflow
// accepted: each `decide` Update the history records, as the recordDecision activity received it
// (with the instant the workflow stamped on it). The history cannot be edited from the database,
// so a decision changed, added or removed there shows up here.
import type { History } from '@temporalio/common/lib/proto-utils';
import type { DecisionRequest, RecordedDecision } from '../../domain/decision';
import type { Decision } from '../../generated/prisma/client';
import type { AuditProblem } from './auditProblem';
import { acceptedUpdates, activityCalls } from './historyEvents';

type Field = [
  column: string,
  fromRow: (d: Decision) => unknown,
  fromHistory: (h: RecordedDecision) => unknown,
];

const fields: Field[] = [
  ['decision', (d) => d.decision, (h) => h.decision],
  ['actor_id', (d) => d.actorId, (h) => h.actor.personId],
  ['on_behalf_of_id', (d) => d.onBehalfOfId, (h) => h.actor.onBehalfOfId ?? null],
  ['comment', (d) => d.comment, (h) => h.comment ?? null],
  ['max_team_size', (d) => d.maxTeamSize, (h) => h.maxTeamSize ?? null],
  ['ip', (d) => d.ip, (h) => h.actor.ip ?? null],
  ['user_agent', (d) => d.userAgent, (h) => h.actor.userAgent ?? null],
  ['decided_at', (d) => d.decidedAt.toISOString(), (h) => new Date(h.decidedAt).toISOString()],
];

const keyOf = (stage: string, version: number) => `${stage}|${version}`;
const shown = (v: unknown) => (v === null || v === undefined ? 'empty' : JSON.stringify(v));

export function checkDecisions(
  delegationId: string,
  rows: Decision[],
  history: History,
): AuditProblem[] {
  const accepted = new Map(
    acceptedUpdates(history)
      .filter((u) => u.name === 'decide')
      .map((u) => {
        const r = u.args[0] as DecisionRequest;
        return [keyOf(r.stage, r.proposalVersion), u.eventId] as const;
      }),
  );
  const inHistory = new Map(
    activityCalls(history)
      .filter((c) => c.activityType === 'recordDecision')
      .map((c) => {
        const d = (c.input as { decision: RecordedDecision }).decision;
        return [
          keyOf(d.stage, d.proposalVersion),
          {
            decision: d,
            completed: c.completedEventId !== undefined,
            eventId: accepted.get(keyOf(d.stage, d.proposalVersion)) ?? c.scheduledEventId,
          },
        ] as const;
      }),
  );
  const problems: AuditProblem[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const key = keyOf(row.stage, row.proposalVersion);
    seen.add(key);
    const named = `decision id ${row.id} (delegation ${delegationId}, ${row.stage}, version ${row.proposalVersion})`;
    const recorded = inHistory.get(key);
    if (!recorded) {
      problems.push({
        problem: 'inserted',
        table: 'decision',
        delegationId,
        id: row.id,
        message: `Inserted: ${named} — the Temporal history accepted no such decision.`,
      });
      continue;
    }
    for (const [column, fromRow, fromHistory] of fields) {
      const [db, wf] = [fromRow(row) ?? null, fromHistory(recorded.decision) ?? null];
      if (db === wf) continue;
      problems.push({
        problem: 'changed',
        table: 'decision',
        delegationId,
        id: row.id,
        message: `Changed: ${named} — ${column} is ${shown(db)} in the database but ${shown(wf)} in the Temporal history (event ${recorded.eventId}).`,
      });
    }
  }
  for (const [key, recorded] of inHistory) {
    // A decision whose recordDecision activity has not completed may not be stored yet.
    if (seen.has(key) || !recorded.completed) continue;
    const d = recorded.decision;
    problems.push({
      problem: 'deleted',
      table: 'decision',
      delegationId,
      message: `Deleted: the decision "${d.decision}" by ${d.actor.personName} (${d.stage}, version ${d.proposalVersion}) accepted at Temporal event ${recorded.eventId} is not in the decision table.`,
    });
  }
  return problems;
}
