// Drives a delegation the way people do: JSON over HTTP for units, emailed links for approvers.
// The unit's calls carry an API key of that unit's staff; reading uses an auditor's key.
import { randomUUID } from 'node:crypto';
import { demoEmail } from '../../prisma/seedDemo';
import { proposalFor, type ProposalOptions } from '../fixtures/proposals';
import type { ProposalInput } from '../../domain/proposal';
import { actionLinkIn, type ReceivedEmail } from './mailbox';
import { apiKeyHeaders, type Headers } from './testCredentials';
import type { TestStack } from './testStack';

export interface DelegationView {
  id: string;
  stage: string;
  proposalVersion: number;
  overdue: boolean;
  approvedTeamSize: number | null;
  deadlines: { reportDueAt: string | null; reviewDueAt: string | null };
  decisions: {
    stage: string;
    decision: string;
    actorId: string | null;
    onBehalfOfId: string | null;
  }[];
}

export class DelegationDriver {
  private readonly staffKeys = new Map<string, Promise<Headers>>();
  private auditorKey: Promise<Headers> | undefined;

  constructor(private readonly s: TestStack) {}

  /** Headers of a unit's staff: an API key of the unit, made once (of no unit, for a unit that does not exist). */
  staffOf(unitId: string): Promise<Headers> {
    let h = this.staffKeys.get(unitId);
    if (!h) {
      h = this.s.db.unit
        .findUnique({ where: { id: unitId } })
        .then((unit) => apiKeyHeaders(this.s.db, { role: 'unit_staff', unitId: unit?.id }));
      this.staffKeys.set(unitId, h);
    }
    return h;
  }

  /** Headers of the staff of the unit a delegation belongs to. */
  async staffOfDelegation(id: string): Promise<Headers> {
    const d = await this.s.db.delegation.findUnique({ where: { id }, select: { unitId: true } });
    return this.staffOf(d?.unitId ?? '');
  }

  private reader(): Promise<Headers> {
    this.auditorKey ??= apiKeyHeaders(this.s.db, { role: 'auditor' });
    return this.auditorKey;
  }

  async submit(
    proposal: ProposalInput,
  ): Promise<{ status: number; body: { id: string; escalation: boolean; errors?: unknown[] } }> {
    const res = await fetch(`${this.s.baseUrl}/api/delegations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await this.staffOf(proposal.unitId)) },
      body: JSON.stringify(proposal),
    });
    return { status: res.status, body: (await res.json()) as { id: string; escalation: boolean } };
  }

  async view(id: string): Promise<DelegationView> {
    const res = await fetch(`${this.s.baseUrl}/api/delegations/${id}`, {
      headers: await this.reader(),
    });
    return (await res.json()) as DelegationView;
  }

  /** Polls the read model (written by activities) until the delegation reaches a stage. */
  async waitForStage(id: string, stage: string, timeoutMs = 30000): Promise<DelegationView> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = await this.view(id);
      if (v.stage === stage) return v;
      if (Date.now() > deadline)
        throw new Error(`delegation ${id} is in ${v.stage}, expected ${stage}`);
      await new Promise((r) => setTimeout(r, 150));
    }
  }

  /** The newest action-link email to a demo person about a delegation's stage. */
  async linkFor(personId: string, subjectPart: string, count = 1): Promise<string> {
    const mails = await this.s.mailbox.waitFor(
      (m: ReceivedEmail) =>
        m.to.some((t) => t.address === demoEmail(personId)) && m.subject.includes(subjectPart),
      count,
    );
    return actionLinkIn(mails[mails.length - 1] as ReceivedEmail);
  }

  async postForm(
    link: string,
    fields: Record<string, string>,
  ): Promise<{ status: number; html: string }> {
    const res = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'jest-phone' },
      body: new URLSearchParams(fields).toString(),
    });
    return { status: res.status, html: await res.text() };
  }

  /** As the staff of the delegation the path names (`/api/delegations/:id/…`). */
  async postJson(
    path: string,
    body: unknown,
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const delegationId = /^\/api\/delegations\/([^/]+)/.exec(path)?.[1] ?? '';
    const res = await fetch(`${this.s.baseUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(await this.staffOfDelegation(delegationId)),
      },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  /**
   * A unit of its own for one test, under the demo committee, so that tests do not share
   * R-ANNUAL-QUOTA.
   */
  async newUnit(): Promise<string> {
    const id = `don-vi-${randomUUID().slice(0, 8)}`;
    await this.s.db.unit.create({
      data: {
        id,
        name: `Đơn vị thử ${id}`,
        provinceId: 'ca-mau',
        directCommitteeId: 'ca-mau-dang-uy-ubnd',
        validFrom: new Date('2025-07-01'),
      },
    });
    return id;
  }

  /** A local date `days` after the server's current time (which the time-skipping server moves). */
  async dateInDays(days: number): Promise<string> {
    return new Date((await this.s.env.currentTimeMs()) + days * 86_400_000)
      .toISOString()
      .slice(0, 10);
  }

  /** A valid proposal of a fresh unit, departing 35 days after the server's now. */
  async proposal(o: ProposalOptions = {}): Promise<ProposalInput> {
    return proposalFor({
      unitId: await this.newUnit(),
      departureDate: await this.dateInDays(35),
      ...o,
    });
  }

  /** Skips server time until just after an instant (time-skipping server only). */
  async skipUntil(instantIso: string, extraMs = 60_000): Promise<void> {
    const now = await this.s.env.currentTimeMs();
    const target = Date.parse(instantIso) + extraMs;
    if (target > now) await this.s.env.sleep(target - now);
  }
}

export const reportBody = {
  problems: [
    {
      problemIndex: 0,
      learned: 'Quy trình số hóa hồ sơ từ đầu vào.',
      measuredValue: '22%',
      planToTarget: 'Áp dụng tại 5 sở trong quý I.',
    },
  ],
  goodExperiences: 'Bộ phận một cửa hướng dẫn người dân nộp trực tuyến tại chỗ.',
  effectivePractices: 'Kết nối dữ liệu dân cư để không yêu cầu giấy tờ đã có.',
  recommendations: 'Đầu tư máy quét tại bộ phận một cửa cấp huyện.',
};
