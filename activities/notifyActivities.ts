import type { Proposal } from '../domain/proposal';
import { appendAuditEvent } from './auditTrail';
import { storedDelegation } from './delegationRecord';
import type { ActivityDeps } from './deps';
import { approverNoticeEmail, type ApproverNotification } from './emails/approverNotice';
import { unitNoticeEmail, type UnitNotification } from './emails/unitNotice';
import { mailDomain, messageIdOf } from './mailer';

export function notifyActivities({ db, mailer, publicBaseUrl }: ActivityDeps) {
  return {
    /** Tells the unit (its staff and the delegation leader) about its delegation. */
    async notifyUnit(i: {
      delegationId: string;
      notification: UnitNotification;
      note?: string;
    }): Promise<void> {
      const { row, proposal } = await storedDelegation(db, i.delegationId);
      await sendToEach(
        await unitRecipients(row.unitId, proposal),
        i.delegationId,
        `${i.notification}.v${row.proposalVersion}`,
        i.notification,
        (locale) =>
          unitNoticeEmail(
            i.notification,
            proposal,
            locale,
            i.note,
            `${publicBaseUrl}/delegations/${i.delegationId}`,
          ),
      );
    },

    /** Tells those who decided on the delegation what happened to it since (with what changed). */
    async notifyApprovers(i: {
      delegationId: string;
      notification: ApproverNotification;
      note?: string;
    }): Promise<void> {
      const { row, proposal } = await storedDelegation(db, i.delegationId);
      // A cancellation also reaches whoever still holds an open link to decide on it.
      const holdsOpenLink =
        i.notification === 'cancelled'
          ? [{ tokens: { some: { delegationId: i.delegationId, usedAt: null } } }]
          : [];
      const deciders = await db.person.findMany({
        where: {
          OR: [{ decisions: { some: { delegationId: i.delegationId } } }, ...holdsOpenLink],
        },
        orderBy: { id: 'asc' },
      });
      const latest = await db.proposalVersion.findUnique({
        where: {
          delegationId_version: { delegationId: i.delegationId, version: row.proposalVersion },
        },
      });
      const summary = latest?.changeSummary as {
        changes?: { label: { vi: string; en: string } }[];
      } | null;
      const changes = summary?.changes ?? [];
      await sendToEach(
        deciders,
        i.delegationId,
        `${i.notification}.v${row.proposalVersion}`,
        i.notification,
        (locale) =>
          approverNoticeEmail(
            i.notification,
            proposal,
            locale,
            i.note,
            changes.map((c) => (locale === 'en' ? c.label.en : c.label.vi)),
          ),
      );
    },

    /**
     * R-REPORT escalation: the unit (its staff and the delegation leader), the provincial
     * leadership and the organization board are told that the report is overdue.
     */
    async notifyReportOverdue(i: { delegationId: string }): Promise<void> {
      const { row, proposal } = await storedDelegation(db, i.delegationId);
      const overseers = await db.person.findMany({
        where: {
          roles: {
            some: {
              role: { in: ['provincial_leadership', 'organization_board'] },
              body: { provinceId: row.unit.provinceId },
            },
          },
        },
        orderBy: { id: 'asc' },
      });
      await sendToEach(
        await unitRecipients(row.unitId, proposal),
        i.delegationId,
        'report_overdue.unit',
        'report_overdue',
        (locale) => unitNoticeEmail('report_overdue', proposal, locale),
      );
      await sendToEach(overseers, i.delegationId, 'report_overdue', 'report_overdue', (locale) =>
        approverNoticeEmail('report_overdue', proposal, locale),
      );
    },
  };

  /** The unit's staff, and the delegation leader named in the proposal. */
  async function unitRecipients(
    unitId: string,
    proposal: Proposal,
  ): Promise<{ email: string; locale: string }[]> {
    const staff = await db.person.findMany({
      where: { roles: { some: { role: 'unit_staff', unitId } } },
      orderBy: { id: 'asc' },
    });
    const people = staff.map((p) => ({ email: p.email, locale: p.locale }));
    const leader = proposal.members.find((m) => m.isDelegationLeader);
    if (leader && !people.some((p) => p.email === leader.email))
      people.push({ email: leader.email, locale: 'vi' });
    return people;
  }

  async function sendToEach(
    people: { email: string; locale: string }[],
    delegationId: string,
    key: string,
    notification: string,
    render: (locale: string) => { subject: string; text: string; html: string },
  ): Promise<void> {
    for (const p of people) {
      const messageId = messageIdOf(delegationId, key, p.email);
      await mailer.send({
        ...render(p.locale),
        messageId,
        threadId: `${delegationId}@${mailDomain}`,
        to: p.email,
        delegationId,
        notification,
      });
    }
    await db.$transaction((tx) =>
      appendAuditEvent(tx, {
        delegationId,
        kind: 'notified',
        occurredAt: new Date(),
        data: { notification, to: people.map((p) => p.email) },
      }),
    );
  }
}
