import type { Stage } from '../domain/stage';
import type { Db } from '../prisma/client';

export interface Recipient {
  id: string;
  name: string;
  email: string;
  locale: string;
  /** The absent approver this person stands in for. */
  onBehalfOf?: { id: string; name: string };
}

/** Everyone who holds the stage's role, or (on escalation) only the standing committee's chair. */
export type Audience = 'members' | 'chair';

/** The role that decides each stage, and which body holds it. */
const roleOfStage: Partial<Record<Stage, string>> = {
  committee_review: 'committee_member',
  standing_committee_review: 'standing_committee_member',
  accountability_review: 'provincial_leadership',
};

/**
 * Who acts on a delegation at a stage, from the database (never from a link's address), with
 * each absent person replaced by their substitute for the day.
 */
export async function approversFor(
  db: Db,
  delegationId: string,
  stage: Stage,
  at: Date,
  audience: Audience = 'members',
): Promise<Recipient[]> {
  const role = roleOfStage[stage];
  if (!role) return [];
  const delegation = await db.delegation.findUniqueOrThrow({
    where: { id: delegationId },
    include: { unit: true },
  });
  if (audience === 'chair') {
    const body = await db.body.findFirst({
      where: { provinceId: delegation.unit.provinceId, kind: 'standing_committee' },
      include: { chair: true },
    });
    return body?.chair
      ? [
          {
            id: body.chair.id,
            name: body.chair.name,
            email: body.chair.email,
            locale: body.chair.locale,
          },
        ]
      : [];
  }
  const bodyFilter =
    stage === 'committee_review'
      ? { bodyId: delegation.unit.directCommitteeId ?? '' }
      : { body: { provinceId: delegation.unit.provinceId } };
  const assignments = await db.roleAssignment.findMany({
    where: {
      role,
      ...bodyFilter,
      validFrom: { lte: at },
      OR: [{ validTo: null }, { validTo: { gt: at } }],
    },
    include: {
      person: {
        include: {
          substitutes: {
            where: { startsAt: { lte: at }, endsAt: { gt: at } },
            include: { substitute: true },
          },
        },
      },
    },
    orderBy: { personId: 'asc' },
  });
  const seen = new Set<string>();
  const recipients: Recipient[] = [];
  for (const { person } of assignments) {
    if (seen.has(person.id)) continue;
    seen.add(person.id);
    const standIn = person.substitutes[0]?.substitute;
    recipients.push(
      standIn
        ? {
            id: standIn.id,
            name: standIn.name,
            email: standIn.email,
            locale: standIn.locale,
            onBehalfOf: { id: person.id, name: person.name },
          }
        : { id: person.id, name: person.name, email: person.email, locale: person.locale },
    );
  }
  return recipients;
}
