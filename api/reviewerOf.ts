// Who an accountability review (R-ACCOUNTABILITY) is recorded for, and whether they may give it.
// A signed-in leader reviews as themselves; a machine client names the leader it records for.
// Either way, segregation of duties: not the submitter, not a member of the delegation.
import { conflictMessages } from '../domain/segregationOfDuties';
import type { Db } from '../prisma/client';
import { conflictOf } from './access/delegationConflict';
import { grantsOf, type Principal } from './access/principal';
import { inputViolation } from './inputViolation';

export type ReviewerOutcome =
  { ok: true; personId: string } | { ok: false; status: 403 | 422; body: unknown };

const invalid = (message: string): ReviewerOutcome => ({
  ok: false,
  status: 422,
  body: { errors: [inputViolation('reviewerId', message)] },
});

export async function reviewerOf(
  db: Db,
  principal: Principal,
  namedReviewerId: string | undefined,
  delegationId: string,
): Promise<ReviewerOutcome> {
  let personId: string;
  if (principal.kind === 'person') {
    if (namedReviewerId !== undefined && namedReviewerId !== principal.personId) {
      return invalid('a signed-in reviewer reviews as themselves');
    }
    personId = principal.personId;
  } else {
    if (!namedReviewerId) return invalid('required when an API key records a review');
    const d = await db.delegation.findUniqueOrThrow({
      where: { id: delegationId },
      include: { unit: true },
    });
    const leads = (await grantsOf(db, namedReviewerId)).some(
      (g) => g.role === 'provincial_leadership' && g.provinceId === d.unit.provinceId,
    );
    if (!leads) return invalid('not a member of the provincial leadership of this province');
    personId = namedReviewerId;
  }
  const conflict = await conflictOf(db, delegationId, personId);
  if (conflict) {
    const { en, vi } = conflictMessages[conflict];
    return {
      ok: false,
      status: 403,
      body: { error: 'ConflictOfInterest', message: en, messageVi: vi },
    };
  }
  return { ok: true, personId };
}
