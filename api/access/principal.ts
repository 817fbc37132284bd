// Who is calling: a person signed in through a session cookie, or a machine client with an API
// key. Resolved at most once per request, and only for routes that are not public.
import type { Request } from 'express';
import type { Grant } from '../../domain/accessReach';
import { isRole } from '../../domain/roles';
import type { Db } from '../../prisma/client';
import { liveApiKey } from './apiKeys';
import { csrfTokenFor } from './csrf';
import { sessionTokenOf } from './sessionCookie';
import { liveSession } from './sessions';

export type Principal =
  | {
      kind: 'person';
      personId: string;
      name: string;
      email: string;
      sessionId: string;
      csrfToken: string;
      grants: Grant[];
    }
  | { kind: 'api_key'; apiKeyId: string; name: string; grants: Grant[] };

const bearerPattern = /^Bearer\s+(\S+)$/i;

/** The roles a person holds today, each with the province of the unit or body it is held in. */
export async function grantsOf(db: Db, personId: string, now = new Date()): Promise<Grant[]> {
  const assignments = await db.roleAssignment.findMany({
    where: { personId, validFrom: { lte: now }, OR: [{ validTo: null }, { validTo: { gt: now } }] },
    include: { unit: true, body: true },
  });
  return assignments.flatMap((a) =>
    isRole(a.role)
      ? [
          {
            role: a.role,
            unitId: a.unitId,
            bodyId: a.bodyId,
            provinceId: a.unit?.provinceId ?? a.body?.provinceId ?? null,
          },
        ]
      : [],
  );
}

async function fromApiKey(db: Db, key: string): Promise<Principal | undefined> {
  const k = await liveApiKey(db, key);
  if (!k || !isRole(k.role)) return undefined;
  const grant: Grant = {
    role: k.role,
    unitId: k.unitId,
    bodyId: k.bodyId,
    provinceId: k.unit?.provinceId ?? k.body?.provinceId ?? null,
  };
  return { kind: 'api_key', apiKeyId: k.id, name: k.name, grants: [grant] };
}

async function fromSession(db: Db, token: string): Promise<Principal | undefined> {
  const session = await liveSession(db, token);
  if (!session) return undefined;
  const person = await db.person.findUniqueOrThrow({ where: { id: session.personId } });
  return {
    kind: 'person',
    personId: person.id,
    name: person.name,
    email: person.email,
    sessionId: session.id,
    csrfToken: csrfTokenFor(token),
    grants: await grantsOf(db, person.id),
  };
}

const resolved = new WeakMap<Request, Promise<Principal | undefined>>();

/**
 * A Bearer key wins over a cookie, so a script that also carries a browser's cookie is judged
 * by its key (and is exempt from CSRF checks, which only cookies need).
 */
export function principalOf(db: Db, req: Request): Promise<Principal | undefined> {
  let p = resolved.get(req);
  if (!p) {
    const bearer = bearerPattern.exec(req.get('authorization') ?? '')?.[1];
    const cookie = sessionTokenOf(req);
    p = bearer
      ? fromApiKey(db, bearer)
      : cookie
        ? fromSession(db, cookie)
        : Promise.resolve(undefined);
    resolved.set(req, p);
  }
  return p;
}

/** A stable name of the caller, for keys the caller chooses (Idempotency-Key). */
export const principalKeyOf = (p: Principal): string =>
  p.kind === 'person' ? `person:${p.personId}` : `api_key:${p.apiKeyId}`;
