import { createWorkingCalendar, type WorkingCalendar } from '../domain/calendar';
import { localDateOf, deadlineInstantOf } from '../domain/calendar/vnTime';
import type { RecordedDeadline } from '../workflows/delegationState';
import type { Db } from '../prisma/client';

/** The government's calendar plus the overrides an administrator added in the database. */
export async function loadCalendar(db: Db): Promise<WorkingCalendar> {
  const rows = await db.calendarOverride.findMany({ orderBy: { date: 'asc' } });
  return createWorkingCalendar({
    extraOverrides: rows.map((r) => ({
      date: r.date.toISOString().slice(0, 10),
      kind: r.kind === 'working_day' ? 'working_day' : 'day_off',
      name: r.name,
      source: r.source,
    })),
  });
}

const previousDay = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export function calendarActivities(db: Db) {
  return {
    /** The n-th working day after a local date (or after the local date of an instant). */
    async computeDeadline(i: {
      fromDate?: string;
      fromInstant?: string;
      workingDays: number;
      policyVersionId: string;
    }): Promise<RecordedDeadline> {
      const calendar = await loadCalendar(db);
      const from = i.fromDate ?? localDateOf(i.fromInstant ?? new Date().toISOString());
      const dueDate = calendar.addWorkingDays(from, i.workingDays);
      return {
        dueDate,
        dueAt: deadlineInstantOf(dueDate),
        calendarVersion: calendar.version,
        policyVersionId: i.policyVersionId,
      };
    },

    /** The start of the departure day: no decision can still let a trip leave after it. */
    async departureDeadline(i: {
      departureDate: string;
      policyVersionId: string;
    }): Promise<RecordedDeadline> {
      const calendar = await loadCalendar(db);
      return {
        dueDate: i.departureDate,
        dueAt: `${i.departureDate}T00:00:00.000+07:00`,
        calendarVersion: calendar.version,
        policyVersionId: i.policyVersionId,
      };
    },

    /** The end of the last day on which a (re)submission still meets R-NOTICE for this departure. */
    async lastDayForNotice(i: {
      departureDate: string;
      workingDays: number;
      policyVersionId: string;
    }): Promise<RecordedDeadline> {
      const calendar = await loadCalendar(db);
      let day = previousDay(i.departureDate);
      while (calendar.workingDaysBetween(day, i.departureDate) < i.workingDays)
        day = previousDay(day);
      return {
        dueDate: day,
        dueAt: deadlineInstantOf(day),
        calendarVersion: calendar.version,
        policyVersionId: i.policyVersionId,
      };
    },

    /** Working days between a due date and the local day of an instant (0 when on time). */
    async workingDaysLate(i: { dueDate: string; at: string }): Promise<number> {
      const calendar = await loadCalendar(db);
      const day = localDateOf(i.at);
      return day > i.dueDate ? calendar.workingDaysBetween(i.dueDate, day) : 0;
    },
  };
}
