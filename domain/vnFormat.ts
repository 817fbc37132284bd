// Numbers, money and dates as Vietnamese readers write them: 85.000.000 ₫, 05/01/2027.
// Written out by hand rather than with Intl so the output never depends on the ICU data a
// Node build happens to ship.

/** Vietnam has kept UTC+7 without daylight saving since 1975, so the offset is a constant. */
const vietnamOffsetMs = 7 * 60 * 60 * 1000;

/** 1234567 → "1.234.567" (Vietnamese groups thousands with dots). */
export function formatNumberVi(n: number): string {
  const digits = Math.abs(Math.trunc(n)).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return n < 0 ? `-${grouped}` : grouped;
}

/** An amount in đồng: "85.000.000 ₫". */
export function formatVnd(amount: number): string {
  return `${formatNumberVi(amount)} ₫`;
}

/** The calendar date in Asia/Ho_Chi_Minh of an instant, as YYYY-MM-DD. */
export function vietnamDateOf(instantIso: string): string {
  return new Date(Date.parse(instantIso) + vietnamOffsetMs).toISOString().slice(0, 10);
}

/** The clock time in Asia/Ho_Chi_Minh of an instant, as HH:MM. */
export function vietnamClockOf(instantIso: string): string {
  return new Date(Date.parse(instantIso) + vietnamOffsetMs).toISOString().slice(11, 16);
}

/**
 * dd/mm/yyyy. A bare date (YYYY-MM-DD) is already a local day; an instant is first placed in
 * Asia/Ho_Chi_Minh, so 2026-12-31T20:00:00Z reads 01/01/2027.
 */
export function formatDateVi(dateOrInstant: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(dateOrInstant)
    ? dateOrInstant
    : vietnamDateOf(dateOrInstant);
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/** The year in Asia/Ho_Chi_Minh of an instant. */
export function vietnamYearOf(instantIso: string): number {
  return Number(vietnamDateOf(instantIso).slice(0, 4));
}

/** The first instant of a local day in Asia/Ho_Chi_Minh (00:00 at UTC+7). */
export function vietnamStartOfDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - vietnamOffsetMs).toISOString();
}
