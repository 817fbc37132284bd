// What the routes of the proposal form share: the units the person proposes for, and the page
// around the form in the person's language.
import type { Request, Response } from 'express';
import { staffedUnitIds } from '../../domain/accessReach';
import { say } from '../audit/timelineLabels';
import { accessOf } from '../access/routeAccess';
import type { Db } from '../../prisma/client';
import { proposalFormHtml, type FormState } from './proposalFormPage';
import { navHtml, sendPage } from './sendPage';
import type { WebCaller } from './webCaller';

/** The units whose staff the caller is (grants of the route's unit_staff role). */
export const staffUnitIdsOf = (req: Request): string[] => staffedUnitIds(accessOf(req).grants);

export function staffUnitsOf(db: Db, req: Request) {
  return db.unit.findMany({
    where: { id: { in: staffUnitIdsOf(req) } },
    select: { id: true, name: true },
    orderBy: { name: 'asc' },
  });
}

/** The form page; `before` goes between the heading and the form (drafts, reviewers' comments). */
export function sendProposalForm(
  res: Response,
  status: number,
  caller: WebCaller,
  s: Omit<FormState, 'lang' | 'csrf'>,
): void {
  const { lang } = caller;
  const title =
    s.mode.kind === 'amend'
      ? say(lang, 'Chỉnh sửa đề xuất', 'Amend a proposal')
      : say(lang, 'Đề xuất đoàn', 'New proposal');
  const form = proposalFormHtml({ ...s, lang, csrf: caller.csrf });
  sendPage(res, status, title, navHtml(caller) + form, lang);
}
