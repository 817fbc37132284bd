// R-MEMBERS: exactly one delegation leader (who files the report), nobody listed twice, and a
// valid e-mail for each member (the action links and reminders go there).
import { fieldPattern } from '../proposalFields';
import type { CheckableProposal } from '../checkableProposal';
import type { RuleViolation } from '../ruleViolation';
import { issueViolation, type SchemaIssue } from './schemaIssue';
import { violation } from './violation';

/** Invalid e-mail addresses are schema issues; they belong to this rule. */
export function memberEmailViolationOf(issue: SchemaIssue): RuleViolation | undefined {
  return fieldPattern(issue.path) === 'members.*.email'
    ? issueViolation('R-MEMBERS', issue)
    : undefined;
}

const emailKey = (email: string) => email.trim().toLowerCase();
/**
 * Names compare without case or extra spaces, in NFC; diacritics are kept because they tell
 * Vietnamese names apart (Lê Thị Hà and Lê Thị Hạ are two people).
 */
const nameKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

function leaderViolations(p: CheckableProposal): RuleViolation[] {
  const leaders = p.members.filter((m) => m.isDelegationLeader);
  if (leaders.length === 1) return [];
  const names = leaders.map((m) => m.name).join(', ');
  return [
    leaders.length === 0
      ? violation(
          'R-MEMBERS',
          'members',
          'Mark one member as the delegation leader (who files the report after the trip).',
          'Cần chỉ định một thành viên làm trưởng đoàn (người gửi báo cáo sau chuyến đi).',
        )
      : violation(
          'R-MEMBERS',
          'members',
          `Exactly one member leads the delegation; ${leaders.length} are marked: ${names}.`,
          `Đoàn chỉ có một trưởng đoàn; đang có ${leaders.length} người được đánh dấu: ${names}.`,
        ),
  ];
}

function repeatViolations(p: CheckableProposal): RuleViolation[] {
  const out: RuleViolation[] = [];
  const firstByEmail = new Map<string, number>();
  const firstByName = new Map<string, number>();
  p.members.forEach((m, i) => {
    const sameEmail = firstByEmail.get(emailKey(m.email));
    const sameName = firstByName.get(nameKey(m.name));
    if (sameEmail !== undefined) {
      out.push(
        violation(
          'R-MEMBERS',
          `members.${i}.email`,
          `Member ${i + 1} has the same e-mail as member ${sameEmail + 1} (${m.email}).`,
          `Thành viên thứ ${i + 1} trùng địa chỉ e-mail với thành viên thứ ${sameEmail + 1} (${m.email}).`,
        ),
      );
    }
    if (sameName !== undefined) {
      out.push(
        violation(
          'R-MEMBERS',
          `members.${i}.name`,
          `Member ${i + 1} has the same name as member ${sameName + 1} (${m.name}).`,
          `Thành viên thứ ${i + 1} trùng họ tên với thành viên thứ ${sameName + 1} (${m.name}).`,
        ),
      );
    }
    if (sameEmail === undefined) firstByEmail.set(emailKey(m.email), i);
    if (sameName === undefined) firstByName.set(nameKey(m.name), i);
  });
  return out;
}

export function checkMembers(p: CheckableProposal): RuleViolation[] {
  return [...leaderViolations(p), ...repeatViolations(p)];
}
