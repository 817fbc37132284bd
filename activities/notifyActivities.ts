import { appendAuditEvent } from './auditTrail';
import { storedDelegation } from './delegationRecord';
import type { ActivityDeps } from './deps';
import { unitNoticeEmail, type UnitNotification } from './emails/unitNotice';
import { mailDomain } from './mailer';

export function notifyActivities({ db, mailer, publicBaseUrl }: ActivityDeps) {
  return {
    /** Tells the unit's staff about their delegation (one Message-ID per notice and person). */
    async notifyUnit(i: { delegationId: string; notification: UnitNotification; note?: string }): Promise<void> {
      const { row, proposal } = await storedDelegation(db, i.delegationId);
      const staff = await db.person.findMany({
        where: { roles: { some: { role: 'unit_staff', unitId: row.unitId } } },
        orderBy: { id: 'asc' },
      });
      const leaderEmail = proposal.members.find((m) => m.isDelegationLeader)?.email;
      const recipients = new Map(staff.map((p) => [p.email, p.locale]));
      if (leaderEmail && !recipients.has(leaderEmail)) recipients.set(leaderEmail, 'vi');
      for (const [to, locale] of recipients) {
        const email = unitNoticeEmail(i.notification, proposal, locale, i.note, `${publicBaseUrl}/api/delegations/${i.delegationId}`);
        const messageId = `${i.delegationId}.${i.notification}.v${row.proposalVersion}.${to}@${mailDomain}`;
        await mailer.send({ ...email, messageId, threadId: `${i.delegationId}@${mailDomain}`, to, delegationId: i.delegationId, notification: i.notification });
      }
      await db.$transaction((tx) =>
        appendAuditEvent(tx, {
          delegationId: i.delegationId,
          kind: 'unit_notified',
          occurredAt: new Date(),
          data: { notification: i.notification, to: [...recipients.keys()], note: i.note ?? null },
        }),
      );
    },
  };
}
