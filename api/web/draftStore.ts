// Proposal drafts: the form's fields as typed, kept server-side so the person can come back from
// another device. Not checked against the rules (a draft may be incomplete), but only the form's
// own fields are kept, and their size is bounded.
import type { Db } from '../../prisma/client';
import { maxRows, rowFields, rowGroups, singleFields, type FormValues } from './proposalFormInput';

export const draftLimits = {
  rows: maxRows,
  /** The longest field of a proposal (study content and plan). */
  fieldChars: 5000,
  /** All the fields together. */
  totalChars: 100_000,
};

const rowKey = /^(members|destinations|problems)\.(\d+)\.(\w+)$/;

function isFormField(name: string): boolean {
  if ((singleFields as readonly string[]).includes(name)) return true;
  const m = rowKey.exec(name);
  if (!m) return false;
  const group = rowGroups.find((g) => g === m[1]);
  return (
    group !== undefined &&
    Number(m[2]) < draftLimits.rows &&
    String(Number(m[2])) === m[2] &&
    rowFields[group].includes(m[3] ?? '')
  );
}

/** The form's non-blank fields to store, or undefined when they exceed the limits. */
export function draftContentOf(v: FormValues): FormValues | undefined {
  const content: FormValues = {};
  let total = 0;
  for (const [k, value] of Object.entries(v)) {
    if (!isFormField(k) || value.trim() === '') continue;
    if (value.length > draftLimits.fieldChars) return undefined;
    total += value.length;
    content[k] = value;
  }
  return total > draftLimits.totalChars ? undefined : content;
}

/** A stored draft's content as form values (strings only, whatever the column holds). */
export function draftValuesOf(content: unknown): FormValues {
  const out: FormValues = {};
  if (content && typeof content === 'object' && !Array.isArray(content)) {
    for (const [k, v] of Object.entries(content)) if (typeof v === 'string') out[k] = v;
  }
  return out;
}

export interface DraftSummary {
  id: string;
  title: string;
  unitName: string;
  authorName: string;
  updatedAt: string;
}

/** The drafts of the units the person works for, newest first. */
export async function draftsOf(db: Db, unitIds: string[], take?: number): Promise<DraftSummary[]> {
  const rows = await db.proposalDraft.findMany({
    where: { unitId: { in: unitIds } },
    orderBy: { updatedAt: 'desc' },
    take,
    include: { unit: { select: { name: true } }, author: { select: { name: true } } },
  });
  return rows.map((d) => ({
    id: d.id,
    title: draftValuesOf(d.content).title?.trim() ?? '',
    unitName: d.unit.name,
    authorName: d.author.name,
    updatedAt: d.updatedAt.toISOString(),
  }));
}

/** One draft, when it belongs to one of the units. */
export async function draftOf(db: Db, id: string, unitIds: string[]) {
  return db.proposalDraft.findFirst({ where: { id, unitId: { in: unitIds } } });
}

/**
 * Stores a new draft, or replaces the content of one of the units' drafts; the unit is the one
 * the form names, which must be one of the person's. Answers the draft's id, or undefined when
 * there is no such draft within reach.
 */
export async function saveDraft(
  db: Db,
  d: { id?: string; unitId: string; authorId: string; content: FormValues },
  unitIds: string[],
): Promise<string | undefined> {
  if (!d.id) {
    const row = await db.proposalDraft.create({
      data: { unitId: d.unitId, authorId: d.authorId, content: d.content },
    });
    return row.id;
  }
  const changed = await db.proposalDraft.updateMany({
    where: { id: d.id, unitId: { in: unitIds } },
    data: { unitId: d.unitId, content: d.content },
  });
  return changed.count === 1 ? d.id : undefined;
}

export async function deleteDraft(db: Db, id: string, unitIds: string[]): Promise<boolean> {
  const gone = await db.proposalDraft.deleteMany({ where: { id, unitId: { in: unitIds } } });
  return gone.count === 1;
}
