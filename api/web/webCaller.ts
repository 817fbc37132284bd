import type { Request } from 'express';
import { accessOf } from '../access/routeAccess';

/** Who a page is for: the name it greets and the CSRF token its forms carry (none for a key). */
export function webCallerOf(req: Request): { personId: string | null; name: string; csrf: string } {
  const { principal } = accessOf(req);
  return principal.kind === 'person'
    ? { personId: principal.personId, name: principal.name, csrf: principal.csrfToken }
    : { personId: null, name: principal.name, csrf: '' };
}
