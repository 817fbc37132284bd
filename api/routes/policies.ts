// A province's policy (the regulation's numbers) as versions with an effective instant. A
// delegation keeps the version it was submitted under, so a new version may only take effect now
// or later: one dated in the past would claim to have judged proposals it never saw.
import type { Request, Response } from 'express';
import { z } from 'zod';
import { policyValuesInputSchema, policyValuesSchema, type Policy } from '../../domain/policy';
import { defaultPolicy, defaultPolicyVersionId, policyInForce } from '../../activities/policyStore';
import { Prisma } from '../../generated/prisma/client';
import type { Db } from '../../prisma/client';
import type { Principal } from '../access/principal';
import { policyReaders } from '../access/roleGroups';
import { accessOf } from '../access/routeAccess';
import { provinceNamed } from '../access/scopes';
import type { ApiDeps } from '../apiDeps';
import type { RouteSpec } from '../routeSpec';
import { errorsSchema } from '../schemas';
import { parsedOr422 } from '../zodViolations';
import {
  invalidField,
  missing,
  notFound,
  parsedInput,
  refusalSchema,
  sendOutcome,
  type AdminOutcome,
} from './adminAnswers';

const instant = z.iso.datetime({ offset: true });
const createSchema = z.object({
  effectiveFrom: instant
    .optional()
    .describe('ISO instant, not in the past; defaults to now (effective at once)'),
  values: policyValuesInputSchema,
});
const atQuery = z.object({ at: instant.optional().describe('ISO instant; defaults to now') });
const policyViewSchema = z.object({
  versionId: z.string().describe(`"${defaultPolicyVersionId}" for the regulation's own numbers`),
  provinceId: z.string(),
  effectiveFrom: z.string(),
  values: policyValuesSchema,
  createdBy: z.string().nullable(),
  inForce: z.boolean().describe('whether this is the version in force now'),
});
export type PolicyView = z.infer<typeof policyViewSchema>;

interface StoredVersion {
  id: string;
  provinceId: string;
  effectiveFrom: Date;
  values: unknown;
  createdBy: string | null;
}

function viewOf(p: Policy, inForceNow: Policy, createdBy: string | null = null): PolicyView {
  const { versionId, provinceId, effectiveFrom, ...values } = p;
  const inForce = versionId === inForceNow.versionId;
  return { versionId, provinceId, effectiveFrom, values, createdBy, inForce };
}

function storedView(row: StoredVersion, inForceNow: Policy): PolicyView {
  const policy: Policy = {
    ...policyValuesSchema.parse(row.values),
    versionId: row.id,
    provinceId: row.provinceId,
    effectiveFrom: row.effectiveFrom.toISOString(),
  };
  return viewOf(policy, inForceNow, row.createdBy);
}

/** The province the path names, or undefined after answering 404. */
async function provinceOf(db: Db, req: Request, res: Response): Promise<string | undefined> {
  const province = await db.province.findUnique({ where: { id: String(req.params.provinceId) } });
  if (!province) notFound(res, 'province');
  return province?.id;
}

/** Every version of a province, the built-in default first (the list of the API and the page). */
export async function policyViews(db: Db, provinceId: string): Promise<PolicyView[]> {
  const [now, rows] = await Promise.all([
    policyInForce(db, provinceId, new Date()),
    db.policyVersion.findMany({ where: { provinceId }, orderBy: { effectiveFrom: 'asc' } }),
  ]);
  return [viewOf(defaultPolicy(provinceId), now), ...rows.map((r) => storedView(r, now))];
}

/** Who a stored version names as its author: the person, or the key a script used. */
export const createdByOf = (principal: Principal): string =>
  principal.kind === 'person' ? principal.personId : `api-key:${principal.apiKeyId}`;

/**
 * Adds a version from the request body or the form (the same checks for both). It may not take
 * effect before it is submitted.
 */
export async function addPolicyVersion(
  db: Db,
  provinceId: string,
  input: unknown,
  createdBy: string,
): Promise<AdminOutcome<PolicyView>> {
  const body = parsedInput(createSchema, input);
  if (!body.ok) return body;
  if (!(await db.province.findUnique({ where: { id: provinceId } }))) {
    return missing('province', 'tỉnh');
  }
  const submittedAt = new Date();
  const effectiveFrom = body.data.effectiveFrom ? new Date(body.data.effectiveFrom) : submittedAt;
  if (effectiveFrom < submittedAt) {
    return invalidField('effectiveFrom', 'is in the past: submitted delegations keep their policy');
  }
  try {
    const row = await db.policyVersion.create({
      data: { provinceId, effectiveFrom, values: body.data.values, createdBy },
    });
    const view = storedView(row, await policyInForce(db, provinceId, new Date()));
    return { ok: true, status: 201, value: view };
  } catch (err) {
    // The unique (province, effectiveFrom) decides, so two administrators cannot both win.
    if (!(err instanceof Prisma.PrismaClientKnownRequestError) || err.code !== 'P2002') throw err;
    return {
      ok: false,
      status: 409,
      error: 'Conflict',
      message: `A policy version takes effect at ${effectiveFrom.toISOString()} already`,
      messageVi: 'Đã có một phiên bản chính sách có hiệu lực từ thời điểm này',
      field: 'effectiveFrom',
    };
  }
}

export function policyRoutes({ db }: ApiDeps): RouteSpec[] {
  const scope = provinceNamed({ param: 'provinceId' });
  const readers = { roles: policyReaders, scope } as const;
  const writers = { roles: ['administrator'], scope } as const;
  const path = '/api/provinces/:provinceId/policies';
  const noProvince = { description: 'No such province', schema: refusalSchema };

  return [
    {
      method: 'get',
      path,
      summary:
        'Every policy version of a province (the built-in default first), marking the one in force now',
      tags: ['policy'],
      access: readers,
      responses: {
        200: { description: 'Versions', schema: z.object({ policies: z.array(policyViewSchema) }) },
        404: noProvince,
      },
      async handler(req, res) {
        const provinceId = await provinceOf(db, req, res);
        if (!provinceId) return;
        res.json({ policies: await policyViews(db, provinceId) });
      },
    },
    {
      method: 'post',
      path,
      summary: 'Add a policy version, effective now or at a later instant',
      tags: ['policy'],
      access: writers,
      body: { schema: createSchema },
      responses: {
        201: { description: 'Added', schema: policyViewSchema },
        404: noProvince,
        409: {
          description: 'A version takes effect at that instant already',
          schema: refusalSchema,
        },
        422: { description: 'Invalid values, or an instant in the past', schema: errorsSchema },
      },
      async handler(req, res) {
        const createdBy = createdByOf(accessOf(req).principal);
        sendOutcome(
          res,
          await addPolicyVersion(db, String(req.params.provinceId), req.body, createdBy),
        );
      },
    },
    {
      method: 'get',
      path: '/api/provinces/:provinceId/policy',
      summary: 'The policy version in force at an instant (now by default)',
      tags: ['policy'],
      access: readers,
      query: atQuery,
      responses: {
        200: { description: 'The version in force at that instant', schema: policyViewSchema },
        404: noProvince,
        422: { description: 'at is not an ISO instant', schema: errorsSchema },
      },
      async handler(req, res) {
        const query = parsedOr422(atQuery, req.query, res);
        if (!query) return;
        const provinceId = await provinceOf(db, req, res);
        if (!provinceId) return;
        const [then, now] = await Promise.all([
          policyInForce(db, provinceId, query.at ? new Date(query.at) : new Date()),
          policyInForce(db, provinceId, new Date()),
        ]);
        const row = await db.policyVersion.findUnique({ where: { id: then.versionId } });
        res.json(row ? storedView(row, now) : viewOf(then, now));
      },
    },
  ];
}
