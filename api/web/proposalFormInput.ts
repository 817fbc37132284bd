// The proposal form's fields (flat names, repeated rows) as the proposal the JSON API takes.
// Blank rows are dropped; each kept row remembers its row on the form so a violation naming
// `members.2.email` is shown next to the row the person actually filled.

export const memberRows = 10;
export const destinationRows = 3;
export const problemRows = 3;

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

/** "85.000.000" or "85 000 000 ₫" → 85000000; blank → undefined, so R-INPUT says it is missing. */
function amountOf(text: string | undefined): number | undefined {
  const digits = (text ?? '').replace(/[^\d]/g, '');
  return digits ? Number(digits) : undefined;
}

const filled = (v: FormValues, prefix: string, fields: readonly string[]) =>
  fields.some((f) => (v[`${prefix}.${f}`] ?? '').trim() !== '');

function rows<T>(
  v: FormValues,
  group: string,
  count: number,
  fields: readonly string[],
  build: (prefix: string, row: number) => T,
): { items: T[]; rowOf: number[] } {
  const items: T[] = [];
  const rowOf: number[] = [];
  for (let i = 0; i < count; i++) {
    const prefix = `${group}.${i}`;
    if (!filled(v, prefix, fields)) continue;
    items.push(build(prefix, i));
    rowOf.push(i);
  }
  return { items, rowOf };
}

export interface FormProposal {
  input: Record<string, unknown>;
  /** Per repeated group: the form row of each item kept. */
  rowOf: Record<'members' | 'destinations' | 'problems', number[]>;
}

export function proposalOfForm(v: FormValues): FormProposal {
  const s = (k: string) => (v[k] ?? '').trim();
  const problems = rows(
    v,
    'problems',
    problemRows,
    ['statement', 'indicator', 'baseline', 'target'],
    (p) => ({
      statement: s(`${p}.statement`),
      indicator: s(`${p}.indicator`),
      baseline: s(`${p}.baseline`),
      target: s(`${p}.target`),
    }),
  );
  const destinations = rows(
    v,
    'destinations',
    destinationRows,
    ['province', 'hostBody', 'goodPracticeJustification', 'topics', 'daysOnSite'],
    (p) => ({
      province: s(`${p}.province`),
      hostBody: s(`${p}.hostBody`),
      goodPracticeJustification: s(`${p}.goodPracticeJustification`),
      topics: s(`${p}.topics`)
        .split(/[,;\n]/)
        .map((t) => t.trim())
        .filter(Boolean),
      daysOnSite: amountOf(v[`${p}.daysOnSite`]),
    }),
  );
  const members = rows(v, 'members', memberRows, ['name', 'email', 'position'], (p, i) => ({
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

/** A violation's field (`members.1.email`) as the form field it belongs to (`members.4.email`). */
export function formFieldOf(field: string, rowOf: FormProposal['rowOf']): string {
  const m = /^(members|destinations|problems)\.(\d+)(.*)$/.exec(field);
  if (!m) return field;
  const group = m[1] as keyof FormProposal['rowOf'];
  const row = rowOf[group][Number(m[2])];
  return row === undefined ? field : `${group}.${row}${m[3] ?? ''}`;
}
