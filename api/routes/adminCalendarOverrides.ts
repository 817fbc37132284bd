// Administration: days the government announces that the built-in calendar does not know yet (a
// Tết block, a swap for a working Saturday). Deadlines already computed keep the calendar version
// they recorded in their workflow's history; every deadline computed afterwards reads the table
// again (activities/calendarActivities.ts), so a change applies from the next computation on.
import { z } from 'zod';
import { loadCalendar } from '../../activities/calendarActivities';
import { calendarOverrideSchema } from '../../domain/calendar/calendarOverride';
import { vnText } from '../../domain/vnText';
import type { Db } from '../../prisma/client';
import type { ApiDeps } from '../apiDeps';
import type { RouteSpec } from '../routeSpec';
import { missing, parsedInput, writeOutcome, type AdminOutcome } from './adminAnswers';
import { adminChangeRoute, administrators } from './adminChangeRoute';

const createSchema = calendarOverrideSchema.extend({
  date: calendarOverrideSchema.shape.date.describe('YYYY-MM-DD, a day in Asia/Ho_Chi_Minh'),
  kind: calendarOverrideSchema.shape.kind.describe(
    'day_off: no work that day (holiday, compensatory day); working_day: a working Saturday or Sunday',
  ),
  name: vnText(200).describe('what the day is, e.g. "Nghỉ Tết Nguyên Đán"'),
  source: vnText(500).describe('the announcement it comes from, e.g. "Công văn 8726/VPCP-KGVX"'),
});
const overrideSchema = z.object({
  id: z.string(),
  date: z.string(),
  kind: calendarOverrideSchema.shape.kind,
  name: z.string(),
  source: z.string(),
  createdAt: z.string(),
});
const versionField = {
  calendarVersion: z
    .string()
    .describe('the calendar version deadlines computed from now on record (with this change)'),
};
const changedSchema = overrideSchema.extend(versionField);
export type CalendarOverrideView = z.infer<typeof overrideSchema>;
type Changed = z.infer<typeof changedSchema>;

interface OverrideRow {
  id: string;
  date: Date;
  kind: string;
  name: string;
  source: string;
  createdAt: Date;
}

const viewOf = (r: OverrideRow): CalendarOverrideView => ({
  id: r.id,
  date: r.date.toISOString().slice(0, 10),
  // As loadCalendar reads it: anything but a working day is a day off.
  kind: r.kind === 'working_day' ? 'working_day' : 'day_off',
  name: r.name,
  source: r.source,
  createdAt: r.createdAt.toISOString(),
});

const changed = async (db: Db, r: OverrideRow): Promise<Changed> => ({
  ...viewOf(r),
  calendarVersion: (await loadCalendar(db)).version,
});

/** Every override by date, and the calendar a deadline computed now uses. */
export async function overridesAndCalendar(db: Db) {
  const [rows, calendar] = await Promise.all([
    db.calendarOverride.findMany({ orderBy: { date: 'asc' } }),
    loadCalendar(db),
  ]);
  return { overrides: rows.map(viewOf), calendar };
}

/** Every override by date, and the calendar version a deadline computed now records. */
async function listCalendarOverrides(
  db: Db,
): Promise<{ calendarVersion: string; overrides: CalendarOverrideView[] }> {
  const { overrides, calendar } = await overridesAndCalendar(db);
  return { calendarVersion: calendar.version, overrides };
}

/** Adds an override from the request body or the form (the same checks for both). */
export async function addCalendarOverride(db: Db, input: unknown): Promise<AdminOutcome<Changed>> {
  const body = parsedInput(createSchema, input);
  if (!body.ok) return body;
  const { date, ...rest } = body.data;
  const outcome = await writeOutcome(async () => {
    const row = await db.calendarOverride.create({
      data: { ...rest, date: new Date(`${date}T00:00:00Z`) },
    });
    return changed(db, row);
  }, 201);
  // One override per day (the unique date decides): replacing one is removing it first.
  return !outcome.ok && outcome.status === 409
    ? {
        ...outcome,
        message: `An override for ${date} exists already; remove it first`,
        messageVi: 'Ngày này đã có một điều chỉnh; hãy xóa điều chỉnh đó trước',
      }
    : outcome;
}

/** Removes an override: the day is as the built-in calendar has it again. */
export async function removeCalendarOverride(db: Db, id: string): Promise<AdminOutcome<Changed>> {
  if (!(await db.calendarOverride.findUnique({ where: { id } }))) {
    return missing('calendar override', 'điều chỉnh lịch');
  }
  return writeOutcome(async () => changed(db, await db.calendarOverride.delete({ where: { id } })));
}

export function adminCalendarOverrideRoutes({ db }: ApiDeps): RouteSpec[] {
  const path = '/api/admin/calendar-overrides';
  return [
    {
      method: 'get',
      path,
      summary:
        'Days off and working days added to the built-in calendar, and the calendar version in use now',
      tags: ['administration'],
      access: administrators,
      responses: {
        200: {
          description: 'Overrides by date',
          schema: z.object({ ...versionField, overrides: z.array(overrideSchema) }),
        },
      },
      async handler(_req, res) {
        res.json(await listCalendarOverrides(db));
      },
    },
    adminChangeRoute({
      method: 'post',
      path,
      summary:
        'Add a day off or a working day (with its source); deadlines computed from now on use it, those computed before keep theirs',
      body: createSchema,
      done: { status: 201, description: 'Added', schema: changedSchema },
      refusals: { 409: 'The day has an override already', 422: 'Invalid' },
      change: (req) => addCalendarOverride(db, req.body),
    }),
    adminChangeRoute({
      method: 'delete',
      path: `${path}/:id`,
      summary: 'Remove an override (deadlines computed before keep the calendar they used)',
      done: { status: 200, description: 'Removed', schema: changedSchema },
      refusals: { 404: 'No such override' },
      change: (req) => removeCalendarOverride(db, String(req.params.id)),
    }),
  ];
}
