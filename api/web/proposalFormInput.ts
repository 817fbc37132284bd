// The proposal form's fields (flat names, repeated rows) as the proposal the JSON API takes, and
// back. Blank rows are dropped; each kept row remembers its row on the form so a violation naming
// `members.2.email` is shown next to the row the person actually filled. Rows are numbered by
// the form: the script adds rows (members.11.*), and any row number present is read.
import type { Proposal } from '../../domain/proposal';

/** Blank rows the form shows at least, so it works without the script that adds more. */
const defaultRows = { members: 10, destinations: 3, problems: 3 } as const;

/** Rows a group shows at most: far above any team the rules allow, far below a page that abuses it. */
export const maxRows = 100;

export type RowGroup = keyof typeof defaultRows;
export const rowGroups = Object.keys(defaultRows) as RowGroup[];

/** The fields of one row of each group (checkboxes included). */
export const rowFields: Record<RowGroup, readonly string[]> = {
  problems: ['statement', 'indicator', 'baseline', 'target'],
  destinations: ['province', 'hostBody', 'goodPracticeJustification', 'topics', 'daysOnSite'],
  members: ['name', 'email', 'position', 'isKeyLeader'],
};

/** The fields outside the rows; `leader` is the row number of the delegation leader. */
export const singleFields = [
  'unitId',
  'title',
  'purpose',
  'studyContent',
  'studyPlan',
  'departureDate',
  'returnDate',
  'leaderRank',
  'leader',
  'funding.source',
  'funding.amountVnd',
] as const;

/** A row's fields that make it count as filled (a ticked checkbox alone does not). */
const typedFields: Record<RowGroup, readonly string[]> = {
  ...rowFields,
  members: ['name', 'email', 'position'],
};

export type FormValues = Record<string, string>;

/** The posted body as strings (urlencoded forms only carry strings). */
export function formValuesOf(body: unknown): FormValues {
  const out: FormValues = {};
  if (body && typeof body === 'object') {
    for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v;
  }
  return out;
}

/** dd/mm/yyyy (as Vietnamese write dates) or yyyy-mm-dd to yyyy-mm-dd; anything else as typed. */
export function isoDateOf(text: string): string {
  const t = text.trim();
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  return m ? `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}` : t;
}

/** yyyy-mm-dd as the form shows it (dd/mm/yyyy). */
const formDateOf = (iso: string) => iso.split('-').reverse().join('/');

/** "85.000.000" or "85 000 000 ₫" → 85000000; blank → undefined, so R-INPUT says it is missing. */
function amountOf(text: string | undefined): number | undefined {
  const digits = (text ?? '').replace(/[^\d]/g, '');
  return digits ? Number(digits) : undefined;
}

const rowPattern = /^(members|destinations|problems)\.(\d+)\./;

/** The row numbers of a group that appear in the values, in order. */
function rowNumbers(v: FormValues, group: RowGroup): number[] {
  const found = new Set<number>();
  for (const k of Object.keys(v)) {
    const m = rowPattern.exec(k);
    if (m?.[1] === group) found.add(Number(m[2]));
  }
  return [...found].sort((a, b) => a - b);
}

const filled = (v: FormValues, group: RowGroup, row: number) =>
  typedFields[group].some((f) => (v[`${group}.${row}.${f}`] ?? '').trim() !== '');

/**
 * How many rows of a group the form shows: the default, every row it showed before (blank rows
 * are posted too), and one blank after the last filled row; `added` more when the person asked
 * for a row without the script (the form's "add a row" submit buttons).
 */
export function rowsShown(v: FormValues, group: RowGroup, added = 0): number {
  const present = rowNumbers(v, group);
  const lastFilled = present.filter((i) => filled(v, group, i)).pop();
  const lastPresent = present[present.length - 1];
  const shown = Math.max(
    defaultRows[group],
    lastPresent === undefined ? 0 : lastPresent + 1,
    lastFilled === undefined ? 0 : lastFilled + 2,
  );
  return Math.min(shown + added, maxRows);
}

/** The group a posted "add a row" button names (`addRow=members`), if any. */
export function rowGroupAsked(v: FormValues): RowGroup | undefined {
  return rowGroups.find((g) => g === v.addRow);
}

function rows<T>(
  v: FormValues,
  group: RowGroup,
  build: (prefix: string, row: number) => T,
): { items: T[]; rowOf: number[] } {
  const kept = rowNumbers(v, group).filter((i) => filled(v, group, i));
  return { items: kept.map((i) => build(`${group}.${i}`, i)), rowOf: kept };
}

export interface FormProposal {
  input: Record<string, unknown>;
  /** Per repeated group: the form row of each item kept. */
  rowOf: Record<RowGroup, number[]>;
}

export function proposalOfForm(v: FormValues): FormProposal {
  const s = (k: string) => (v[k] ?? '').trim();
  const problems = rows(v, 'problems', (p) => ({
    statement: s(`${p}.statement`),
    indicator: s(`${p}.indicator`),
    baseline: s(`${p}.baseline`),
    target: s(`${p}.target`),
  }));
  const destinations = rows(v, 'destinations', (p) => ({
    province: s(`${p}.province`),
    hostBody: s(`${p}.hostBody`),
    goodPracticeJustification: s(`${p}.goodPracticeJustification`),
    topics: s(`${p}.topics`)
      .split(/[,;\n]/)
      .map((t) => t.trim())
      .filter(Boolean),
    daysOnSite: amountOf(v[`${p}.daysOnSite`]),
  }));
  const members = rows(v, 'members', (p, i) => ({
    name: s(`${p}.name`),
    email: s(`${p}.email`),
    position: s(`${p}.position`),
    isKeyLeader: v[`${p}.isKeyLeader`] === 'on',
    isDelegationLeader: v.leader === String(i),
  }));
  return {
    input: {
      unitId: s('unitId'),
      title: s('title'),
      purpose: s('purpose'),
      problems: problems.items,
      studyContent: s('studyContent'),
      studyPlan: s('studyPlan'),
      destinations: destinations.items,
      departureDate: isoDateOf(s('departureDate')),
      returnDate: isoDateOf(s('returnDate')),
      leaderRank: s('leaderRank'),
      members: members.items,
      funding: { source: s('funding.source'), amountVnd: amountOf(v['funding.amountVnd']) },
    },
    rowOf: { members: members.rowOf, destinations: destinations.rowOf, problems: problems.rowOf },
  };
}

/** A stored proposal as the form's fields, to amend it. */
export function formValuesOfProposal(p: Proposal): FormValues {
  const v: FormValues = {
    unitId: p.unitId,
    title: p.title,
    purpose: p.purpose,
    studyContent: p.studyContent,
    studyPlan: p.studyPlan,
    departureDate: formDateOf(p.departureDate),
    returnDate: formDateOf(p.returnDate),
    leaderRank: p.leaderRank,
    'funding.source': p.funding.source,
    'funding.amountVnd': String(p.funding.amountVnd),
  };
  p.problems.forEach((x, i) => {
    v[`problems.${i}.statement`] = x.statement;
    v[`problems.${i}.indicator`] = x.indicator;
    v[`problems.${i}.baseline`] = x.baseline;
    v[`problems.${i}.target`] = x.target;
  });
  p.destinations.forEach((d, i) => {
    v[`destinations.${i}.province`] = d.province;
    v[`destinations.${i}.hostBody`] = d.hostBody;
    v[`destinations.${i}.goodPracticeJustification`] = d.goodPracticeJustification;
    v[`destinations.${i}.topics`] = d.topics.join(', ');
    v[`destinations.${i}.daysOnSite`] = String(d.daysOnSite);
  });
  p.members.forEach((m, i) => {
    v[`members.${i}.name`] = m.name;
    v[`members.${i}.email`] = m.email;
    v[`members.${i}.position`] = m.position;
    if (m.isKeyLeader) v[`members.${i}.isKeyLeader`] = 'on';
    if (m.isDelegationLeader) v.leader = String(i);
  });
  return v;
}

/** A violation's field (`members.1.email`) as the form field it belongs to (`members.4.email`). */
export function formFieldOf(field: string, rowOf: FormProposal['rowOf']): string {
  const m = /^(members|destinations|problems)\.(\d+)(.*)$/.exec(field);
  if (!m) return field;
  const group = m[1] as RowGroup;
  const row = rowOf[group][Number(m[2])];
  return row === undefined ? field : `${group}.${row}${m[3] ?? ''}`;
}
