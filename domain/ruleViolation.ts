/** Stable rule IDs of regulation.md, plus the sanity checks users expect (R-INPUT-*). */
export const ruleIds = [
  'R-CONTENT',
  'R-FOCUS',
  'R-DESTINATION',
  'R-DUPLICATE',
  'R-NOTICE',
  'R-ANNUAL-QUOTA',
  'R-DAYS-PER-DESTINATION',
  'R-KEY-LEADERS',
  'R-TEAM-SIZE',
  'R-REPORT',
  'R-ACCOUNTABILITY',
  'R-ANNUAL-REPORT',
  'R-DATES',
  'R-MEMBERS',
  'R-INPUT',
] as const;
export type RuleId = (typeof ruleIds)[number];

export interface RuleViolation {
  rule: RuleId;
  /** Dotted path of the offending field, e.g. `members.3.email`. */
  field: string;
  message: string;
  messageVi: string;
}
