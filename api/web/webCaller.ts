import type { Request } from 'express';
import type { Role } from '../../domain/roles';
import type { Lang } from '../audit/timelineLabels';
import { accessOf } from '../access/routeAccess';
import { webLangOf } from './webLang';

export interface WebCaller {
  personId: string | null;
  /** The name the page greets. */
  name: string;
  /** The CSRF token the page's forms carry (none for an API key). */
  csrf: string;
  lang: Lang;
  /** The page's own path and query, so the language switch comes back to it. */
  path: string;
  /** Every role the caller holds today (not only the route's), for the links the nav offers. */
  roles: readonly Role[];
}

/** Who a page is for and in which language. */
export function webCallerOf(req: Request): WebCaller {
  const { principal } = accessOf(req);
  const lang = webLangOf(req);
  const path = req.originalUrl;
  const roles = [...new Set(principal.grants.map((g) => g.role))];
  return principal.kind === 'person'
    ? {
        personId: principal.personId,
        name: principal.name,
        csrf: principal.csrfToken,
        lang,
        path,
        roles,
      }
    : { personId: null, name: principal.name, csrf: '', lang, path, roles };
}
