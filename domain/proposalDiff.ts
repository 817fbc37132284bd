// What changed between two versions of a proposal (an amendment, or a change before departure),
// field by field, so reviewers see the changes rather than re-read the whole proposal.
import type { Proposal } from './proposal';
import { dottedField, fieldLabel, fieldPattern, type FieldLabel } from './proposalFields';
import { provinceKey } from './rules/placeAndTopic';

export type ProposalValue =
  string | number | boolean | readonly ProposalValue[] | { readonly [key: string]: ProposalValue };

export interface ProposalChange {
  /** Dotted path: the new index for an item that is still there, the old one for a removed item. */
  field: string;
  label: FieldLabel;
  change: 'added' | 'removed' | 'changed';
  oldValue?: ProposalValue;
  newValue?: ProposalValue;
}

type Path = (string | number)[];
type Item = ProposalValue | undefined;

/**
 * Lists whose items are people or places are matched by who or where, not by position, so that
 * removing the second member does not read as every later member changing.
 */
const itemKeys: Record<string, (item: Item) => string> = {
  members: (m) => (isRecord(m) && typeof m.email === 'string' ? m.email.trim().toLowerCase() : ''),
  destinations: (d) =>
    isRecord(d) && typeof d.province === 'string' ? provinceKey(d.province) : '',
};

// Array.isArray narrows to any[]; these keep the element type.
const isList = (v: Item): v is readonly ProposalValue[] => Array.isArray(v);

function isRecord(v: Item): v is { readonly [key: string]: ProposalValue } {
  return typeof v === 'object' && v !== null && !isList(v);
}

function sameValue(a: Item, b: Item): boolean {
  if (isList(a) && isList(b)) {
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameValue(a[k], b[k]));
  }
  return a === b;
}

function record(out: ProposalChange[], path: Path, oldValue: Item, newValue: Item): void {
  const change = oldValue === undefined ? 'added' : newValue === undefined ? 'removed' : 'changed';
  out.push({
    field: dottedField(path),
    label: fieldLabel(path),
    change,
    ...(oldValue === undefined ? {} : { oldValue }),
    ...(newValue === undefined ? {} : { newValue }),
  });
}

/** Pairs of [old index, new index]: by key first, then what is left at the same position. */
function matchItems(
  a: readonly ProposalValue[],
  b: readonly ProposalValue[],
  key: (i: Item) => string,
) {
  const unmatchedOld = new Set(a.keys());
  const pairs = b.map((item, j): [number | undefined, number] => {
    const i = [...unmatchedOld].find((k) => key(a[k]) === key(item));
    if (i !== undefined) unmatchedOld.delete(i);
    return [i, j];
  });
  for (const pair of pairs) {
    if (pair[0] === undefined && unmatchedOld.delete(pair[1])) pair[0] = pair[1];
  }
  return { pairs, removed: [...unmatchedOld] };
}

function diffList(
  out: ProposalChange[],
  path: Path,
  a: readonly ProposalValue[],
  b: readonly ProposalValue[],
) {
  const key = itemKeys[fieldPattern(path)];
  if (!key && [...a, ...b].every((x) => !isRecord(x))) {
    // A list of words (topics) reads best as one value before and after.
    record(out, path, a, b);
    return;
  }
  const { pairs, removed } = key
    ? matchItems(a, b, key)
    : {
        pairs: b.map((_, j): [number | undefined, number] => [j < a.length ? j : undefined, j]),
        removed: [...a.keys()].filter((i) => i >= b.length),
      };
  for (const [i, j] of pairs) {
    diffValue(out, [...path, j], i === undefined ? undefined : a[i], b[j]);
  }
  for (const i of removed) record(out, [...path, i], a[i], undefined);
}

function diffValue(out: ProposalChange[], path: Path, a: Item, b: Item): void {
  if (sameValue(a, b)) return;
  if (isList(a) && isList(b)) return diffList(out, path, a, b);
  if (isRecord(a) && isRecord(b)) {
    for (const k of new Set([...Object.keys(b), ...Object.keys(a)])) {
      diffValue(out, [...path, k], a[k], b[k]);
    }
    return;
  }
  record(out, path, a, b);
}

export function diffProposals(before: Proposal, after: Proposal): ProposalChange[] {
  const out: ProposalChange[] = [];
  diffValue(out, [], before, after);
  return out;
}
