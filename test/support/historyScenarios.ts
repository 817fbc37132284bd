// Every path a delegation can take, driven the way people take it (HTTP for the unit, emailed
// links for approvers) on the time-skipping server. `npm run record-histories` records the
// history each one leaves behind as a replay fixture (test/fixtures/histories/<name>.json).
import type { ProposalInput } from '../../domain/proposal';
import { stageNamesVi } from '../../domain/stage';
import type { DelegationState } from '../../workflows/delegationState';
import { stateQuery } from '../../workflows/messages';
import type { ProposalOptions } from '../fixtures/proposals';
import { DelegationDriver, reportBody } from './delegationDriver';
import type { TestStack } from './testStack';

export interface ScenarioRun {
  drive: DelegationDriver;
  stack: TestStack;
}

export interface HistoryScenario {
  name: string;
  /** Runs the path and returns the delegation id once the workflow has reached its last step. */
  run(r: ScenarioRun): Promise<string>;
}

const startOfLocalDay = (date: string) => `${date}T00:00:00.000+07:00`;
const endOfLocalDay = (date: string) => `${date}T23:59:59.999+07:00`;

/** A unit of its own (no scenario eats another's R-ANNUAL-QUOTA), dates from the server's clock. */
const proposal = (r: ScenarioRun, title: string, o: ProposalOptions = {}): Promise<ProposalInput> =>
  r.drive.proposal({ ...o, title });

async function submit(r: ScenarioRun, p: ProposalInput): Promise<string> {
  const created = await r.drive.submit(p);
  if (created.status !== 201)
    throw new Error(`${p.title}: refused ${JSON.stringify(created.body)}`);
  return created.body.id;
}

type Deadlines = DelegationState['deadlines'];

/** The deadlines the workflow computed, once it has computed the one named (queries poll). */
async function deadlinesOnceSet<K extends keyof Deadlines>(
  r: ScenarioRun,
  id: string,
  key: K,
): Promise<Deadlines & Required<Pick<Deadlines, K>>> {
  const handle = r.stack.env.client.workflow.getHandle(`delegation-${id}`);
  for (let attempt = 0; ; attempt++) {
    // The query handler exists only after the first workflow task; until then the query fails.
    const state = await handle.query(stateQuery).catch(() => undefined);
    if (state?.deadlines[key]) return state.deadlines as Deadlines & Required<Pick<Deadlines, K>>;
    if (attempt > 100) throw new Error(`delegation ${id}: no ${key} deadline`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function approved(r: ScenarioRun, title: string): Promise<{ id: string; p: ProposalInput }> {
  const p = await proposal(r, title);
  const id = await submit(r, p);
  await r.drive.postForm(await r.drive.linkFor('cuong', title), { decision: 'approve' });
  await r.drive.waitForStage(id, 'awaiting_departure');
  return { id, p };
}

async function travelAndReport(
  r: ScenarioRun,
  id: string,
  p: ProposalInput,
  late: boolean,
): Promise<void> {
  await r.drive.skipUntil(startOfLocalDay(p.departureDate));
  await r.drive.waitForStage(id, 'on_trip');
  await r.drive.skipUntil(endOfLocalDay(p.returnDate));
  const due = await r.drive.waitForStage(id, 'report_due');
  if (late) {
    await r.drive.skipUntil(due.deadlines.reportDueAt as string, 3 * 86_400_000);
    await r.stack.mailbox.waitFor(
      (m) => m.subject.includes(p.title) && m.subject.includes('quá hạn'),
    );
  }
  const filed = await r.drive.postJson(`/api/delegations/${id}/report`, reportBody);
  if (filed.status !== 200)
    throw new Error(`${p.title}: report refused ${JSON.stringify(filed.body)}`);
  await r.drive.waitForStage(id, 'accountability_review');
}

async function reviewAndClose(r: ScenarioRun, id: string, title: string): Promise<void> {
  // The leadership also receives the overdue notice; the link is in the review request.
  await r.drive.postForm(
    await r.drive.linkFor('hai', `${stageNamesVi.accountability_review}: ${title}`),
    {
      outcome_0: 'partly',
      evidence_0: 'Tỷ lệ tăng từ 18% lên 22% sau ba tháng.',
      rating: 'good',
    },
  );
  await r.drive.waitForStage(id, 'closed');
}

export const historyScenarios: HistoryScenario[] = [
  {
    name: 'approved',
    async run(r) {
      return (await approved(r, 'Đoàn được đồng ý')).id;
    },
  },
  {
    name: 'closed',
    async run(r) {
      const { id, p } = await approved(r, 'Đoàn trọn vòng đời');
      await travelAndReport(r, id, p, false);
      await reviewAndClose(r, id, p.title);
      return id;
    },
  },
  {
    name: 'late-report',
    async run(r) {
      const { id, p } = await approved(r, 'Đoàn báo cáo muộn');
      await travelAndReport(r, id, p, true);
      await reviewAndClose(r, id, p.title);
      return id;
    },
  },
  {
    name: 'escalated-team-size',
    async run(r) {
      const title = 'Đoàn đông vượt mức';
      const p = await proposal(r, title, { members: 12 });
      const id = await submit(r, p);
      await r.drive.postForm(await r.drive.linkFor('cuong', title), { decision: 'approve' });
      await r.drive.waitForStage(id, 'standing_committee_review');
      await r.drive.postForm(await r.drive.linkFor('giang', title), {
        decision: 'approve_reduced',
        maxTeamSize: '9',
      });
      await r.drive.waitForStage(id, 'amendment_requested');
      const trimmed = { ...p, members: p.members.slice(0, 9) };
      await r.drive.postJson(`/api/delegations/${id}/amendments`, {
        basedOnVersion: 1,
        proposal: trimmed,
      });
      await r.drive.waitForStage(id, 'awaiting_departure');
      return id;
    },
  },
  {
    name: 'escalated-undecided',
    async run(r) {
      const title = 'Đoàn chờ quá hạn xem xét';
      const id = await submit(r, await proposal(r, title));
      const deadlines = await deadlinesOnceSet(r, id, 'reminder');
      await r.drive.skipUntil(deadlines.reminder.dueAt);
      await r.stack.mailbox.waitFor(
        (m) => m.subject.includes(title) && m.subject.startsWith('[Nhắc lại]'),
      );
      await r.drive.skipUntil(deadlines.escalation?.dueAt as string);
      await r.drive.waitForStage(id, 'standing_committee_review');
      await r.drive.postForm(await r.drive.linkFor('em', title), { decision: 'approve' });
      await r.drive.waitForStage(id, 'awaiting_departure');
      return id;
    },
  },
  {
    name: 'rejected',
    async run(r) {
      const title = 'Đoàn bị từ chối';
      const id = await submit(r, await proposal(r, title));
      await r.drive.postForm(await r.drive.linkFor('cuong', title), {
        decision: 'reject',
        comment: 'Trùng nội dung đã học năm trước.',
      });
      await r.drive.waitForStage(id, 'rejected');
      return id;
    },
  },
  {
    name: 'returned-amended',
    async run(r) {
      const title = 'Đoàn trả lại chỉnh sửa';
      const p = await proposal(r, title);
      const id = await submit(r, p);
      await r.drive.postForm(await r.drive.linkFor('cuong', title), {
        decision: 'return',
        comment: 'Bổ sung kế hoạch chi tiết.',
      });
      await r.drive.waitForStage(id, 'amendment_requested');
      const amended = { ...p, studyPlan: `${p.studyPlan} Ngày 3: tổng kết.` };
      await r.drive.postJson(`/api/delegations/${id}/amendments`, {
        basedOnVersion: 1,
        proposal: amended,
      });
      await r.drive.waitForStage(id, 'committee_review');
      await r.drive.postForm(await r.drive.linkFor('cuong', title, 2), { decision: 'approve' });
      await r.drive.waitForStage(id, 'awaiting_departure');
      return id;
    },
  },
  {
    name: 'lapsed',
    async run(r) {
      const title = 'Đoàn không chỉnh sửa kịp';
      const id = await submit(r, await proposal(r, title));
      await r.drive.postForm(await r.drive.linkFor('cuong', title), {
        decision: 'return',
        comment: 'Nêu rõ chỉ tiêu cần đạt.',
      });
      await r.drive.waitForStage(id, 'amendment_requested');
      const { lapse } = await deadlinesOnceSet(r, id, 'lapse');
      await r.drive.skipUntil(lapse.dueAt);
      await r.drive.waitForStage(id, 'lapsed');
      return id;
    },
  },
  {
    name: 'cancelled',
    async run(r) {
      const { id } = await approved(r, 'Đoàn bị hủy');
      await r.drive.postJson(`/api/delegations/${id}/cancellation`, {
        reason: 'Trùng lịch tiếp đoàn công tác của tỉnh.',
      });
      await r.drive.waitForStage(id, 'cancelled');
      return id;
    },
  },
];
