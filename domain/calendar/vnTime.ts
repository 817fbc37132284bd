// Instants and the local days of Asia/Ho_Chi_Minh. Vietnam has kept UTC+7 without daylight
// saving since 1975, so a fixed offset is exact and needs neither Intl nor the host's zone data.
import type { LocalDate } from '../vnText';
import { dateParts } from './localDate';

export const vietnamUtcOffset = '+07:00';
const offsetMs = 7 * 60 * 60 * 1000;

/** An ISO instant must say where it is: `Z` or ±hh:mm. Without it, Date.parse would use the host's zone. */
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

/** The local date in Asia/Ho_Chi_Minh of an instant: 2025-01-22T17:00:00Z is 2025-01-23. */
export function localDateOf(instantIso: string): LocalDate {
  const ms = instantPattern.test(instantIso) ? Date.parse(instantIso) : NaN;
  if (Number.isNaN(ms)) {
    throw new RangeError(
      `Not an ISO instant with a zone (Z or ±hh:mm): ${JSON.stringify(instantIso)}`,
    );
  }
  return new Date(ms + offsetMs).toISOString().slice(0, 10);
}

/**
 * The last instant of a local day, 23:59:59.999+07:00. A deadline "within N working days" is met
 * by anything done on the due day, whatever the hour: offices file late and mail arrives late,
 * and the regulation counts days, not office hours.
 */
export function deadlineInstantOf(date: LocalDate): string {
  dateParts(date);
  return `${date}T23:59:59.999${vietnamUtcOffset}`;
}
