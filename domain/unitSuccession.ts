// Units merge (Unit.validTo, Unit.successorId): the delegations of a unit that ceased to exist
// during or before a year are answered for, in that year's summary, by the unit that took it over.
import type { SummaryUnitRecord } from './annualSummary';

const yearStart = (year: number) => `${year}-01-01`;
const yearEnd = (year: number) => `${year}-12-31`;

/** Whether the unit existed on some day of the year (dates are YYYY-MM-DD, so they compare as text). */
export function existedIn(unit: SummaryUnitRecord, year: number): boolean {
  return (
    unit.validFrom <= yearEnd(year) && (unit.validTo === null || unit.validTo >= yearStart(year))
  );
}

type SuccessionRecord = Pick<SummaryUnitRecord, 'id' | 'validTo' | 'successorId'>;

/**
 * For every unit, the unit that answers for it at the end of the year: follow the successors of
 * units that ended by 31 December. A unit merged later still answers for itself that year.
 */
export function answeringUnitAtYearEnd(
  units: SuccessionRecord[],
  year: number,
): Map<string, string> {
  return answeringUnitOn(units, yearEnd(year));
}

/**
 * For every unit, the unit that answers for it on a day (YYYY-MM-DD): follow the successors of
 * units that ended by that day. On today's date this rolls a merged unit up to its current
 * successor. A cycle in the registry (a data error) stops at the last unit not yet visited.
 */
export function answeringUnitOn(units: SuccessionRecord[], day: string): Map<string, string> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const answering = new Map<string, string>();
  for (const unit of units) {
    let current = unit;
    const visited = new Set([current.id]);
    for (;;) {
      const next = current.successorId ? byId.get(current.successorId) : undefined;
      const ended = current.validTo !== null && current.validTo <= day;
      if (!ended || !next || visited.has(next.id)) break;
      visited.add(next.id);
      current = next;
    }
    answering.set(unit.id, current.id);
  }
  return answering;
}
