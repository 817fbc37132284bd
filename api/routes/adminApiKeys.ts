// Administration: API keys for machine clients. The key is in the answer to its creation and
// nowhere else; revoking it refuses its very next request.
import { z } from 'zod';
import { storableId } from '../../domain/storableText';
import { roles, roleScopeProblem } from '../../domain/roles';
import { issueApiKey, revokeApiKey } from '../access/apiKeys';
import { accessOf } from '../access/routeAccess';
import type { ApiDeps } from '../apiDeps';
import type { RouteSpec } from '../routeSpec';
import { errorsSchema } from '../schemas';
import { parsedOr422 } from '../zodViolations';
import { inputViolation, notFound, refusalSchema, refuseInput } from './adminAnswers';

const createSchema = z.object({
  name: z.string().trim().min(1).max(200).describe('who uses it, for the list'),
  role: z.enum(roles),
  unitId: storableId().optional(),
  bodyId: storableId().optional(),
  expiresAt: z.iso.datetime({ offset: true }).optional(),
});
const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(roles),
  unitId: z.string().nullable(),
  bodyId: z.string().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
});
const shown = {
  id: true,
  name: true,
  role: true,
  unitId: true,
  bodyId: true,
  expiresAt: true,
  revokedAt: true,
  createdAt: true,
} as const;

export function adminApiKeyRoutes({ db }: ApiDeps): RouteSpec[] {
  const admin = { roles: ['administrator'] } as const;
  return [
    {
      method: 'get',
      path: '/api/admin/api-keys',
      summary: 'Every API key (never the key itself)',
      tags: ['administration'],
      access: admin,
      responses: {
        200: { description: 'Keys', schema: z.object({ apiKeys: z.array(apiKeySchema) }) },
      },
      async handler(_req, res) {
        res.json({
          apiKeys: await db.apiKey.findMany({ select: shown, orderBy: { createdAt: 'asc' } }),
        });
      },
    },
    {
      method: 'post',
      path: '/api/admin/api-keys',
      summary:
        'Create an API key with one role (and its unit or body) and an optional expiry; the key is shown once',
      tags: ['administration'],
      access: admin,
      body: { schema: createSchema },
      responses: {
        201: {
          description: 'Created; send it as `Authorization: Bearer <key>`',
          schema: apiKeySchema.extend({ key: z.string() }),
        },
        422: {
          description: 'Invalid, the wrong place for the role, or an unknown unit or body',
          schema: errorsSchema,
        },
      },
      async handler(req, res) {
        const body = parsedOr422(createSchema, req.body, res);
        if (!body) return;
        const k = body;
        const unit = k.unitId ? await db.unit.findUnique({ where: { id: k.unitId } }) : null;
        const place = k.bodyId ? await db.body.findUnique({ where: { id: k.bodyId } }) : null;
        if ((k.unitId && !unit) || (k.bodyId && !place)) {
          refuseInput(res, [
            inputViolation(k.unitId && !unit ? 'unitId' : 'bodyId', 'no such unit or body'),
          ]);
          return;
        }
        const misplaced = roleScopeProblem(k.role, { unitId: k.unitId, bodyKind: place?.kind });
        if (misplaced) {
          refuseInput(res, [inputViolation(k.bodyId ? 'bodyId' : 'unitId', misplaced)]);
          return;
        }
        const { principal } = accessOf(req);
        const { id, key } = await issueApiKey(db, {
          ...k,
          expiresAt: k.expiresAt ? new Date(k.expiresAt) : null,
          createdById: principal.kind === 'person' ? principal.personId : null,
        });
        const row = await db.apiKey.findUniqueOrThrow({ where: { id }, select: shown });
        res.status(201).json({ ...row, key });
      },
    },
    {
      method: 'delete',
      path: '/api/admin/api-keys/:id',
      summary: 'Revoke an API key',
      tags: ['administration'],
      access: admin,
      responses: {
        204: { description: 'Revoked (or already revoked)' },
        404: { description: 'No such key', schema: refusalSchema },
      },
      async handler(req, res) {
        const id = String(req.params.id);
        if (!(await db.apiKey.findUnique({ where: { id } }))) {
          notFound(res, 'API key');
          return;
        }
        await revokeApiKey(db, id);
        res.status(204).end();
      },
    },
  ];
}
