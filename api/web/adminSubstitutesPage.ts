// The substitutes page: who stands in for whom and when, with a button to end a substitution that
// has not ended, and the form to name one over whole days.
import { sayIn } from '../audit/timelineLabels';
import { escapeHtml as e } from '../pages/layout';
import {
  dateField,
  dayStartInstant,
  formHtml,
  instantVi,
  nameById,
  problemSummary,
  rowButton,
  selectField,
  stateOf,
  tableHtml,
  type FormState,
  type FormValues,
} from './adminForm';
import type { WebCaller } from './webCaller';

export interface SubstitutesPageData {
  substitutes: {
    id: string;
    absentId: string;
    substituteId: string;
    startsAt: Date;
    endsAt: Date;
  }[];
  people: { id: string; name: string }[];
}

/**
 * The form as the body POST /api/admin/substitutes takes: from the start of the first day to the
 * end of the last (Asia/Ho_Chi_Minh).
 */
export const substituteInputOf = (v: FormValues) => ({
  absentId: v.absentId ?? '',
  substituteId: v.substituteId ?? '',
  startsAt: dayStartInstant(v.startsAt ?? ''),
  endsAt: dayStartInstant(v.endsAt ?? '', 1),
});

export function substitutesPageHtml(
  d: SubstitutesPageData,
  state: FormState,
  caller: WebCaller,
): string {
  const t = sayIn(caller.lang);
  const now = new Date();
  const named = nameById(d.people);
  const rows = d.substitutes.map((x) => {
    const what = `${named(x.substituteId)} — ${named(x.absentId)}`;
    return [
      e(named(x.absentId)),
      e(named(x.substituteId)),
      instantVi(x.startsAt.toISOString()),
      instantVi(x.endsAt.toISOString()),
      x.endsAt > now
        ? rowButton(
            caller,
            `/admin/substitutes/${encodeURIComponent(x.id)}/end`,
            t('Kết thúc', 'End'),
            t(`Kết thúc việc thay thế ${what}`, `End the substitution ${what}`),
          )
        : t('đã kết thúc', 'ended'),
    ];
  });
  const choices = d.people.map((p) => ({ value: p.id, label: p.name }));
  const s = stateOf(state, 'add');
  const fields = [
    selectField(s, 'absentId', t('Người vắng mặt', 'Absent person'), choices),
    selectField(s, 'substituteId', t('Người thay thế', 'Stands in'), choices),
    dateField(s, 'startsAt', t('Từ ngày', 'From'), '(dd/mm/yyyy)'),
    dateField(s, 'endsAt', t('Đến hết ngày', 'Until the end of'), '(dd/mm/yyyy)'),
  ].join('');
  return `${problemSummary(state, caller.lang)}<p>${t(
    'Trong thời gian này, đường liên kết phê duyệt của người vắng mặt được gửi cho người thay thế, người này quyết định thay.',
    'During the period the absent person’s action links go to the substitute, who decides on their behalf.',
  )}</p>${tableHtml(
    t('Người thay thế', 'Substitutes'),
    [
      t('Người vắng mặt', 'Absent'),
      t('Người thay thế', 'Stands in'),
      t('Bắt đầu', 'Starts'),
      t('Kết thúc', 'Ends'),
      t('Thao tác', 'Action'),
    ],
    rows,
    t('Chưa có', 'None yet'),
  )}
${formHtml(caller, '/admin/substitutes', t('Cử người thay thế', 'Name a substitute'), fields, t('Cử người thay thế', 'Name the substitute'))}`;
}
