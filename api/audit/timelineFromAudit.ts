// The audit_event rows of a delegation as timeline entries: stage changes, decisions (who, for
// whom, from where), emails, reminders, escalations, proposal versions, reports and reviews.
import { describeEscalation, type EscalationReason } from '../../domain/escalationReason';
import type { AuditEvent } from '../../generated/prisma/client';
import { entry, type TimelineEntry, type TimelineKind } from './timelineEntry';
import {
  decisionName,
  notificationName,
  ratingName,
  say,
  stageName,
  type Lang,
} from './timelineLabels';

/** Names of the people rows refer to, by person id. */
export type PeopleNames = ReadonlyMap<string, string>;

type Data = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The person ids a row mentions, so their names can be loaded in one query. */
export function peopleIn(row: AuditEvent): string[] {
  const d = (row.data ?? {}) as Data;
  return [row.actorId, str(d.onBehalfOfId), str(d.personId)].filter(
    (x): x is string => x !== undefined && x !== null,
  );
}

function person(id: string | undefined, names: PeopleNames) {
  return id ? { id, name: names.get(id) } : undefined;
}

const who = (p: { id: string; name?: string } | undefined) => (p ? (p.name ?? p.id) : '—');

/** Why a stage was entered, when the note is a code rather than a person's words. */
function stageNote(note: string, lang: Lang): string {
  if (note === 'team_over_cap')
    return say(
      lang,
      'đoàn vượt số thành viên tối đa (R-TEAM-SIZE)',
      'the team exceeds its cap (R-TEAM-SIZE)',
    );
  if (note === 'undecided')
    return say(lang, 'cấp dưới chưa cho ý kiến đúng hạn', 'the lower body did not decide in time');
  return note;
}

const emailKinds: Record<string, TimelineKind> = {
  action_link_sent: 'email',
  reminder_sent: 'reminder',
  escalated: 'escalation',
};

export function auditEntry(row: AuditEvent, names: PeopleNames, lang: Lang): TimelineEntry {
  const d = (row.data ?? {}) as Data;
  const at = row.occurredAt.toISOString();
  const source = { audit: { id: row.id.toString(), seq: row.seq, hash: row.hash } };
  const base = { at, source, details: d };
  const stage = str(d.stage) ? stageName(String(d.stage), lang) : '';

  switch (row.kind) {
    case 'stage_entered': {
      const note = str(d.note);
      const escalated = d.stage === 'standing_committee_review';
      return entry({
        ...base,
        kind: escalated ? 'escalation' : 'stage',
        summary: `${say(lang, 'Chuyển sang bước', 'Entered stage')}: ${stage}${note ? ` — ${stageNote(note, lang)}` : ''}`,
      });
    }
    case 'decision_recorded': {
      const actor = person(row.actorId ?? undefined, names);
      const behalf = person(str(d.onBehalfOfId), names);
      const reduced =
        typeof d.maxTeamSize === 'number'
          ? ` (${say(lang, 'tối đa', 'at most')} ${d.maxTeamSize})`
          : '';
      const forWhom = behalf ? ` ${say(lang, 'thay cho', 'on behalf of')} ${who(behalf)}` : '';
      return entry({
        ...base,
        kind: 'decision',
        summary: `${who(actor)}${forWhom}: ${decisionName(String(d.decision), lang)}${reduced} — ${stage}, ${say(lang, 'phiên bản', 'version')} ${String(d.proposalVersion)}`,
        actor: actor && { ...actor, onBehalfOf: behalf },
        ip: str(d.ip),
        userAgent: str(d.userAgent),
        comment: str(d.comment),
      });
    }
    case 'action_link_sent':
    case 'reminder_sent':
    case 'escalated': {
      const recipient = person(str(d.personId), names);
      const behalf = person(str(d.onBehalfOfId), names);
      const what = notificationName(
        row.kind === 'action_link_sent'
          ? 'action_request'
          : row.kind === 'reminder_sent'
            ? 'reminder'
            : 'escalation',
        lang,
      );
      const reason = d.reason ? ` — ${describeEscalation(d.reason as EscalationReason, lang)}` : '';
      const forWhom = behalf ? ` (${say(lang, 'thay cho', 'on behalf of')} ${who(behalf)})` : '';
      return entry({
        ...base,
        kind: emailKinds[row.kind] ?? 'email',
        summary: `${what}: ${stage} → ${who(recipient)}${forWhom}${reason}`,
        to: str(d.to) ? [String(d.to)] : undefined,
      });
    }
    case 'notified':
      return entry({
        ...base,
        kind: 'email',
        summary: `${say(lang, 'Thông báo', 'Notice')}: ${notificationName(String(d.notification), lang)}`,
        to: Array.isArray(d.to) ? d.to.map(String) : undefined,
      });
    case 'report_filed': {
      const late = d.late === true;
      return entry({
        ...base,
        kind: 'report',
        summary: late
          ? say(
              lang,
              `Nộp báo cáo kết quả muộn ${String(d.workingDaysLate)} ngày làm việc`,
              `Report filed ${String(d.workingDaysLate)} working day(s) late`,
            )
          : say(lang, 'Nộp báo cáo kết quả đúng hạn', 'Report filed on time'),
        actor: person(row.actorId ?? undefined, names),
      });
    }
    case 'review_recorded':
      return entry({
        ...base,
        kind: 'review',
        summary: `${say(lang, 'Đánh giá kết quả', 'Results reviewed')}: ${ratingName(String(d.rating), lang)}`,
        actor: person(row.actorId ?? undefined, names),
      });
    case 'proposal_amended':
    case 'trip_changed': {
      const fields = Array.isArray(d.changes)
        ? d.changes.map((c) => String((c as Data).field)).join(', ')
        : '';
      const what =
        row.kind === 'proposal_amended'
          ? say(lang, 'Đơn vị chỉnh sửa đề xuất', 'Proposal amended')
          : say(lang, 'Đơn vị thay đổi đoàn trước khi đi', 'Trip changed before departure');
      return entry({
        ...base,
        kind: 'proposal_version',
        summary: `${what}: ${say(lang, 'phiên bản', 'version')} ${String(d.version)}${fields ? ` (${fields})` : ''}`,
        actor: person(row.actorId ?? undefined, names),
        comment: str(d.note),
      });
    }
    case 'cancellation_requested':
      return entry({
        ...base,
        kind: 'cancellation',
        summary: say(lang, 'Đơn vị hủy đoàn', 'The unit cancelled the delegation'),
        actor: person(row.actorId ?? undefined, names),
        comment: str(d.reason),
      });
    case 'return_date_recorded':
      return entry({
        ...base,
        kind: 'return_date',
        summary: `${say(lang, 'Ngày về thực tế', 'Actual return date')}: ${String(d.actual)} (${say(lang, 'dự kiến', 'planned')} ${String(d.planned)})`,
        actor: person(row.actorId ?? undefined, names),
        comment: str(d.reason),
      });
    default:
      return entry({
        ...base,
        kind: 'other',
        summary: row.kind,
        actor: person(row.actorId ?? undefined, names),
      });
  }
}
