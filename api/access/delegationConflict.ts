// Segregation of duties against the database: the delegation's submitter and members (by the
// e-mail addresses in its current proposal) against the person about to decide or review.
import {
  conflictMessages,
  conflictOfInterest,
  type ConflictOfInterest,
} from '../../domain/segregationOfDuties';
import { proposalSchema } from '../../domain/proposal';
import type { Db } from '../../prisma/client';
import { say, type Lang } from '../audit/timelineLabels';

export async function conflictOf(
  db: Db,
  delegationId: string,
  personId: string,
): Promise<ConflictOfInterest | undefined> {
  const [d, person] = await Promise.all([
    db.delegation.findUniqueOrThrow({ where: { id: delegationId } }),
    db.person.findUniqueOrThrow({ where: { id: personId } }),
  ]);
  const { members } = proposalSchema.parse(d.proposal);
  return conflictOfInterest(
    { submittedById: d.submittedById, memberEmails: members.map((m) => m.email) },
    { personId: person.id, email: person.email },
  );
}

/** Why this person may not decide on or review the delegation, in the page's language, or null. */
export async function conflictNotice(
  db: Db,
  delegationId: string,
  personId: string,
  lang: Lang,
): Promise<string | null> {
  const conflict = await conflictOf(db, delegationId, personId);
  return conflict ? say(lang, conflictMessages[conflict].vi, conflictMessages[conflict].en) : null;
}
