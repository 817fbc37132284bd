// Segregation of duties: nobody decides on or reviews a delegation they proposed or travel in.
// Members are named in the proposal by e-mail, so a traveller is recognised by their address.

export type ConflictOfInterest = 'submitter' | 'member';

export interface DelegationParties {
  submittedById: string | null;
  memberEmails: readonly string[];
}

export interface Actor {
  personId: string;
  email: string;
}

const sameAddress = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Why this person may not decide or review this delegation, or undefined when they may. */
export function conflictOfInterest(
  d: DelegationParties,
  actor: Actor,
): ConflictOfInterest | undefined {
  if (d.submittedById !== null && d.submittedById === actor.personId) return 'submitter';
  if (d.memberEmails.some((m) => sameAddress(m, actor.email))) return 'member';
  return undefined;
}

export const conflictMessages: Record<ConflictOfInterest, { en: string; vi: string }> = {
  submitter: {
    en: 'You submitted this proposal, so you may not decide on or review it.',
    vi: 'Anh/chị là người nộp đề xuất này nên không được cho ý kiến hoặc đánh giá.',
  },
  member: {
    en: 'You are a member of this delegation, so you may not decide on or review it.',
    vi: 'Anh/chị là thành viên của đoàn này nên không được cho ý kiến hoặc đánh giá.',
  },
};
