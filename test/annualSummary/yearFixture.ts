// A year of delegations written straight into the read model (as the activities would have left
// it), in every stage, with reports on time, late and missing and reviews done and missing.
import { proposalSchema } from '../../domain/proposal';
import type { ProblemOutcome, Rating } from '../../domain/review';
import type { Stage } from '../../domain/stage';
import type { Db } from '../../prisma/client';
import { reportBody } from '../support/delegationDriver';
import { proposalFor } from '../fixtures/proposals';

export interface DelegationSpec {
  unitId: string;
  title: string;
  stage: Stage;
  year: number;
  members?: number;
  fundingVnd?: number;
  province?: string;
  /** Deadlines lie in the spring of the year, long past when the summary is compiled. */
  report?: 'on_time' | 'late';
  review?: { rating: Rating; outcome: ProblemOutcome };
}

const at = (year: number, monthDay: string) => new Date(`${year}-${monthDay}T03:00:00.000Z`);

export async function seedDelegation(db: Db, s: DelegationSpec): Promise<string> {
  const proposal = proposalSchema.parse(
    proposalFor({
      unitId: s.unitId,
      title: s.title,
      departureDate: `${s.year}-03-10`,
      tripDays: 2,
      members: s.members ?? 5,
      province: s.province,
    }),
  );
  proposal.funding.amountVnd = s.fundingVnd ?? proposal.funding.amountVnd;
  const travelled = ['report_due', 'accountability_review', 'closed'].includes(s.stage);
  const d = await db.delegation.create({
    data: {
      unitId: s.unitId,
      year: s.year,
      title: s.title,
      stage: s.stage,
      proposal,
      departureDate: new Date(proposal.departureDate),
      returnDate: new Date(proposal.returnDate),
      memberCount: proposal.members.length,
      leaderRank: proposal.leaderRank,
      countsTowardQuota: !['rejected', 'cancelled', 'lapsed'].includes(s.stage),
      submittedAt: at(s.year, '01-15'),
      reportDueAt: travelled ? at(s.year, '03-26') : null,
      reviewDueAt: s.report ? at(s.year, '04-20') : null,
      overdue: s.stage === 'report_due',
    },
  });
  if (s.report) {
    const late = s.report === 'late';
    await db.report.create({
      data: {
        delegationId: d.id,
        filedAt: at(s.year, late ? '04-02' : '03-20'),
        dueAt: at(s.year, '03-26'),
        late,
        workingDaysLate: late ? 5 : 0,
        content: reportBody,
      },
    });
  }
  if (s.review) {
    await db.review.create({
      data: {
        delegationId: d.id,
        reviewerId: 'hai',
        rating: s.review.rating,
        outcomes: [{ problemIndex: 0, outcome: s.review.outcome, evidence: 'Số liệu quý IV.' }],
        reviewedAt: at(s.year, '04-15'),
      },
    });
  }
  return d.id;
}
