// The scopes routes declare (RouteAccess.scope): which record the request names, and how the
// route answers when that record does not exist, which is also the answer when it is out of reach.
import type { Request, Response } from 'express';
import { z } from 'zod';
import { reachesProvince } from '../../domain/accessReach';
import type { Db } from '../../prisma/client';
import { unknownUnit } from '../../activities/proposalJudgement';
import { errorsSchema } from '../schemas';
import { reachesDelegation } from './delegationReach';
import type { AccessScope } from './routeAccess';

const notFound = (res: Response, message: string) => {
  res.status(404).json({ error: 'NotFound', message });
};
const notFoundRefusal = (description: string) => ({
  status: 404,
  description: `${description}, or out of the caller’s reach`,
  schema: z.object({ error: z.literal('NotFound'), message: z.string() }),
});

const bodyField = (req: Request, name: string): unknown => {
  const body: unknown = req.body;
  return body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
};

/** `/…/:id` names a delegation. */
export function delegationInPath(db: Db, param = 'id'): AccessScope {
  return {
    reaches: (req, grants) => reachesDelegation(db, grants, String(req.params[param])),
    refuse: (_req, res) => notFound(res, 'No such delegation'),
    refusal: notFoundRefusal('No such delegation'),
  };
}

/** `/…/:id` names an attachment, reached through the delegation it was uploaded for. */
export function attachmentInPath(db: Db, param = 'id'): AccessScope {
  return {
    async reaches(req, grants) {
      const a = await db.attachment.findUnique({
        where: { id: String(req.params[param]) },
        select: { delegationId: true },
      });
      return a !== null && reachesDelegation(db, grants, a.delegationId);
    },
    refuse: (_req, res) => notFound(res, 'No such attachment'),
    refusal: notFoundRefusal('No such attachment'),
  };
}

/**
 * A proposal names its unit in `unitId`: unit staff propose for their own unit only. A body
 * without a unitId is let through for the route's validation to refuse.
 */
export function ownUnitInProposal(): AccessScope {
  return {
    reaches(req, grants) {
      const unitId = bodyField(req, 'unitId');
      return Promise.resolve(
        typeof unitId !== 'string' ||
          grants.some((g) => g.role === 'unit_staff' && g.unitId === unitId),
      );
    },
    refuse(req, res) {
      res.status(422).json({ errors: [unknownUnit(String(bodyField(req, 'unitId')))] });
    },
    refusal: {
      status: 422,
      description: 'A unit the caller is not staff of (R-INPUT on unitId)',
      schema: errorsSchema,
    },
  };
}

/** A province named by a path parameter, or by `provinceId` in the body. */
export function provinceNamed(from: { param: string } | { bodyField: string }): AccessScope {
  const provinceOf = (req: Request): unknown =>
    'param' in from ? req.params[from.param] : bodyField(req, from.bodyField);
  return {
    reaches(req, grants) {
      const provinceId = provinceOf(req);
      return Promise.resolve(
        typeof provinceId !== 'string' || grants.some((g) => reachesProvince(g, provinceId)),
      );
    },
    refuse: (req, res) => notFound(res, `No province ${String(provinceOf(req))}`),
    refusal: notFoundRefusal('No such province'),
  };
}
