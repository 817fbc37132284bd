// How an administration page is served, without JavaScript: GET renders it, and each form on it
// posts to an action that makes the change through the function the JSON route it mirrors calls.
// A change made goes back to the section (303); a refused one renders the page again, with the
// refusal's status, each problem next to its field and what was typed kept.
import type { Request, Response } from 'express';
import { z } from 'zod';
import { say } from '../audit/timelineLabels';
import type { RouteAccess } from '../access/routeAccess';
import { escapeHtml as e } from '../pages/layout';
import type { InvalidInput, Refusal } from '../routes/adminAnswers';
import type { ResponseSpec, RouteSpec } from '../routeSpec';
import { blankForm, formValuesOf, refusedForm, type FormState, type FormValues } from './adminForm';
import { adminNavHtml } from './adminNav';
import { navHtml, sendPage } from './sendPage';
import { webCallerOf, type WebCaller } from './webCaller';
import { formBody } from './formBody';

type Said = readonly [vi: string, en: string];
type ChangeOutcome = { ok: true } | InvalidInput | Refusal;

export interface AdminAction {
  /** Appended to the page's path: '' for the page's own, '/:id/end' for a row's button. */
  path: string;
  summary: string;
  /** Who may post it; the page's readers when not said. */
  access?: RouteAccess;
  /** Which form of the page posts here, so a refusal is shown on that form. */
  form: string | ((req: Request) => string);
  /** The field naming the record the change is about, where a refusal says it is gone. */
  missingField?: string;
  run(values: FormValues, req: Request): Promise<ChangeOutcome>;
}

/** A table row's one-button form on the record its path names: '/:id/end', '/:id/remove'. */
export const recordAction = (
  verb: 'end' | 'remove',
  summary: string,
  run: (id: string) => Promise<ChangeOutcome>,
): AdminAction => ({
  path: `/:id/${verb}`,
  summary,
  form: verb,
  run: (_values, req) => run(String(req.params.id)),
});

export interface AdminPage<D> {
  /** The section: its entry in the navigation is marked, and a saved form goes back to it. */
  section: string;
  /** The page's own path when it is one record's page within the section. */
  path?: string;
  summary: string;
  access: RouteAccess;
  query?: z.ZodObject;
  title: Said | ((data: D) => string);
  /** What the page shows; undefined when the record its path names does not exist. */
  load(req: Request): Promise<D | undefined>;
  render(data: D, state: FormState, caller: WebCaller): string;
  /** Whether the caller sees the sections' navigation (always, when not said). */
  sections?(req: Request): boolean;
  /** The page for a record that does not exist: the 404's description, title and link back. */
  missing?: { description: string; title: Said; back: Said };
  actions: AdminAction[];
}

/** The id and name of each record, by name: what a page's choices and names are made of. */
export const namedRecords = { select: { id: true, name: true }, orderBy: { name: 'asc' } } as const;

/** The responses of a form post: back to the section, or the page again with the problems. */
const formResponses = (back: string): Record<number, ResponseSpec> => ({
  303: { description: `Saved: back to ${back}` },
  404: { description: 'The page again: the record is gone', contentType: 'text/html' },
  409: { description: 'The page again: a duplicate', contentType: 'text/html' },
  422: { description: 'The page again, each problem next to its field', contentType: 'text/html' },
});

/** The page's route and its actions' routes. */
export function adminPageRoutes<D>(page: AdminPage<D>): RouteSpec[] {
  const path = page.path ?? page.section;
  const show = async (req: Request, res: Response, status: number, state: FormState) => {
    const caller = webCallerOf(req);
    const t = (said: Said) => say(caller.lang, ...said);
    const send = (code: number, title: string, body: string) => {
      const sections = page.sections?.(req) ?? true;
      const nav = navHtml(caller) + (sections ? adminNavHtml(caller.lang, page.section) : '');
      sendPage(res, code, title, `${nav}<h1>${e(title)}</h1>${body}`, caller.lang);
    };
    const data = await page.load(req);
    if (data !== undefined) {
      const title = typeof page.title === 'function' ? page.title(data) : t(page.title);
      send(status, title, page.render(data, state, caller));
    } else if (page.missing) {
      const { title, back } = page.missing;
      send(404, t(title), `<p><a href="${page.section}">${t(back)}</a></p>`);
    } else {
      throw new Error(`${path} found nothing to show and has no page for a missing record`);
    }
  };
  const html = (description: string) => ({ description, contentType: 'text/html' });
  const pageResponses: Record<number, ResponseSpec> = { 200: html('Page') };
  if (page.missing) pageResponses[404] = html(page.missing.description);
  return [
    {
      method: 'get',
      path,
      summary: page.summary,
      tags: ['web'],
      access: page.access,
      ...(page.query ? { query: page.query } : {}),
      responses: pageResponses,
      handler: (req, res) => show(req, res, 200, blankForm),
    },
    ...page.actions.map((action): RouteSpec => ({
      method: 'post',
      path: `${path}${action.path}`,
      summary: action.summary,
      tags: ['web'],
      access: action.access ?? page.access,
      body: formBody,
      responses: formResponses(page.section),
      async handler(req, res) {
        const values = formValuesOf(req.body);
        const outcome = await action.run(values, req);
        if (outcome.ok) {
          res.redirect(303, page.section);
          return;
        }
        const form = typeof action.form === 'string' ? action.form : action.form(req);
        const { lang } = webCallerOf(req);
        const state = refusedForm(form, values, outcome, lang, action.missingField);
        await show(req, res, outcome.status, state);
      },
    })),
  ];
}
