// The working-calendar page: the days added to the built-in calendar (with a button to remove
// each), the form to add one, and a year's special days as deadlines are computed with them now.
import type { CalendarDay } from '../../domain/calendar';
import { formatDateVi } from '../../domain/vnFormat';
import { say, sayIn, type Lang } from '../audit/timelineLabels';
import { escapeHtml as e } from '../pages/layout';
import type { CalendarOverrideView } from '../routes/adminCalendarOverrides';
import {
  dateField,
  formHtml,
  isoDateOf,
  problemSummary,
  rowButton,
  selectField,
  stateOf,
  tableHtml,
  textField,
  type FormState,
  type FormValues,
} from './adminForm';
import type { WebCaller } from './webCaller';

export interface CalendarPageData {
  calendarVersion: string;
  overrides: CalendarOverrideView[];
  year: number;
  /** The year's days off and working weekend days, overrides included. */
  specialDays: CalendarDay[];
}

/** The form as the body POST /api/admin/calendar-overrides takes (the day as YYYY-MM-DD). */
export const overrideInputOf = (v: FormValues) => ({
  date: isoDateOf(v.date ?? ''),
  kind: v.kind ?? '',
  name: v.name ?? '',
  source: v.source ?? '',
});

const weekdays = {
  vi: ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** "Thứ Hai, 16/02/2026": the weekday matters, a working Saturday is the point of some entries. */
const dayVi = (date: string, lang: Lang) =>
  `${weekdays[lang][new Date(`${date}T00:00:00Z`).getUTCDay()] ?? ''}, ${formatDateVi(date)}`;

const kindName = (kind: string, lang: Lang) =>
  kind === 'working_day'
    ? say(lang, 'Ngày làm việc', 'Working day')
    : say(lang, 'Ngày nghỉ', 'Day off');

export function calendarPageHtml(d: CalendarPageData, state: FormState, caller: WebCaller): string {
  const t = sayIn(caller.lang);
  const rows = d.overrides.map((o) => [
    dayVi(o.date, caller.lang),
    kindName(o.kind, caller.lang),
    e(o.name),
    e(o.source),
    rowButton(
      caller,
      `/admin/calendar/${encodeURIComponent(o.id)}/remove`,
      t('Xóa', 'Remove'),
      t(`Xóa điều chỉnh ngày ${formatDateVi(o.date)}`, `Remove the entry of ${o.date}`),
    ),
  ]);
  const special = d.specialDays.map((x) => [
    dayVi(x.date, caller.lang),
    kindName(x.kind, caller.lang),
    e(x.name),
    e(x.source),
  ]);
  const s = stateOf(state, 'add');
  const fields = [
    dateField(s, 'date', t('Ngày', 'Day'), '(dd/mm/yyyy)'),
    selectField(s, 'kind', t('Loại', 'Kind'), [
      {
        value: 'day_off',
        label: t('Ngày nghỉ (lễ, Tết, nghỉ bù)', 'Day off (holiday, compensatory)'),
      },
      {
        value: 'working_day',
        label: t('Ngày làm việc (làm bù thứ Bảy)', 'Working day (a make-up Saturday)'),
      },
    ]),
    textField(s, 'name', t('Tên', 'Name'), {
      hint: t('(ví dụ: Nghỉ Tết Nguyên Đán)', '(e.g. Nghỉ Tết Nguyên Đán)'),
    }),
    textField(s, 'source', t('Căn cứ', 'Source'), {
      hint: t(
        '(văn bản công bố, ví dụ: Công văn 8726/VPCP-KGVX)',
        '(the announcement, e.g. Công văn 8726/VPCP-KGVX)',
      ),
    }),
  ].join('');
  const yearForm = `<form method="get" action="/admin/calendar"><label for="f-year">${t('Năm', 'Year')}</label><input type="text" id="f-year" name="year" value="${d.year}" inputmode="numeric"><button type="submit">${t('Xem', 'Show')}</button></form>`;
  return `${problemSummary(state, caller.lang)}<p>${t(
    'Lịch làm việc tính sẵn các ngày lễ theo Bộ luật Lao động và các thông báo nghỉ lễ đã có. Thêm ở đây những ngày Chính phủ công bố sau: ngày nghỉ, ngày làm bù. Các thời hạn tính từ nay dùng lịch mới; thời hạn đã tính giữ nguyên lịch đã dùng.',
    'The calendar knows the Labour Code’s holidays and the announcements so far. Add here the days the government announces later: days off, make-up working days. Deadlines computed from now on use the new calendar; deadlines already computed keep the one they used.',
  )}</p>
<p>${t('Phiên bản lịch hiện tại', 'Calendar version now')}: <code>${e(d.calendarVersion)}</code></p>
${tableHtml(
  t('Các ngày điều chỉnh', 'Days added'),
  [
    t('Ngày', 'Day'),
    t('Loại', 'Kind'),
    t('Tên', 'Name'),
    t('Căn cứ', 'Source'),
    t('Thao tác', 'Action'),
  ],
  rows,
  t('Chưa có ngày nào được thêm', 'No day added yet'),
)}
${formHtml(caller, '/admin/calendar', t('Thêm ngày điều chỉnh', 'Add a day'), fields, t('Thêm ngày', 'Add the day'))}
<h2>${t('Các ngày đặc biệt năm', 'Special days of')} ${d.year}</h2>${yearForm}
${tableHtml(
  `${t('Ngày nghỉ và ngày làm bù năm', 'Days off and working weekend days of')} ${d.year}`,
  [t('Ngày', 'Day'), t('Loại', 'Kind'), t('Tên', 'Name'), t('Căn cứ', 'Source')],
  special,
)}`;
}
