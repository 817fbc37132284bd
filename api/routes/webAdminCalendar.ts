// The working-calendar page (/admin/calendar): the overrides, the form to add one
// (addCalendarOverride, like POST /api/admin/calendar-overrides), a button to remove each
// (removeCalendarOverride, like DELETE), and a year's special days as the calendar has them now.
import { z } from 'zod';
import { vietnamYearOf } from '../../domain/vnFormat';
import type { ApiDeps } from '../apiDeps';
import type { RouteSpec } from '../routeSpec';
import { calendarPageHtml, overrideInputOf } from '../web/adminCalendarPage';
import { adminPageRoutes, recordAction } from '../web/adminPageRoutes';
import {
  addCalendarOverride,
  overridesAndCalendar,
  removeCalendarOverride,
} from './adminCalendarOverrides';
import { administrators } from './adminChangeRoute';

const yearQuery = z.object({
  year: z.coerce.number().int().min(1990).max(2100).optional().describe('defaults to this year'),
});

export function webAdminCalendarRoutes({ db }: ApiDeps): RouteSpec[] {
  return adminPageRoutes({
    section: '/admin/calendar',
    summary:
      'Working-calendar page: the days added to the built-in calendar, the form to add one, and a year’s special days',
    access: administrators,
    query: yearQuery,
    title: ['Lịch làm việc', 'Working calendar'],
    async load(req) {
      const query = yearQuery.safeParse(req.query);
      const year =
        (query.success ? query.data.year : undefined) ?? vietnamYearOf(new Date().toISOString());
      const { overrides, calendar } = await overridesAndCalendar(db);
      const specialDays = calendar.holidaysOf(year);
      return { calendarVersion: calendar.version, overrides, year, specialDays };
    },
    render: calendarPageHtml,
    actions: [
      {
        path: '',
        summary:
          'Add a day off or working day from the form (same checks as POST /api/admin/calendar-overrides)',
        form: 'add',
        run: (values) => addCalendarOverride(db, overrideInputOf(values)),
      },
      recordAction(
        'remove',
        'Remove a calendar override (as DELETE /api/admin/calendar-overrides/:id)',
        (id) => removeCalendarOverride(db, id),
      ),
    ],
  });
}
