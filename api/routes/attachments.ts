// R-REPORT attachments: uploaded (multipart/form-data, field "file") for a delegation whose report
// is not filed yet, then linked by `attachmentIds` when the report is filed. The file is held in
// memory up to the limit, recognised by its bytes, and only then stored; a refusal stores nothing.
import type { Response } from 'express';
import { z } from 'zod';
import { attachmentField, attachmentMissing } from '../../domain/attachmentRules';
import type { RuleViolation } from '../../domain/ruleViolation';
import type { Stage } from '../../domain/stage';
import { delegationReaders, delegationRunners } from '../access/roleGroups';
import { attachmentInPath, delegationInPath } from '../access/scopes';
import type { ApiDeps } from '../apiDeps';
import { attachmentMaxBytes } from '../attachmentLimit';
import {
  attachmentUpload,
  checkedAttachment,
  receiveUpload,
  stagesAcceptingAttachments,
  storeAttachment,
  tooLargeViolation,
} from '../reportAttachments';
import type { RouteSpec } from '../routeSpec';
import { errorsSchema } from '../schemas';

const storedSchema = z.object({
  id: z.string(),
  sha256: z.string().describe('SHA-256 of the bytes, lowercase hex'),
  size: z.number().int().describe('bytes'),
  contentType: z
    .string()
    .describe('what the bytes are (PDF, PNG, JPEG, DOCX, XLSX), whatever the client declared'),
});
const uploadSchema = z.object({
  [attachmentField]: z
    .string()
    .meta({ format: 'binary', contentMediaType: 'application/octet-stream' }),
});
const refusalSchema = z.object({ error: z.string(), message: z.string() });

const refuse = (res: Response, status: number, violation: RuleViolation) => {
  res.status(status).json({ errors: [violation] });
};

export function attachmentRoutes({ db }: ApiDeps): RouteSpec[] {
  const maxBytes = attachmentMaxBytes();
  const upload = attachmentUpload(maxBytes, { files: 1, fields: 10 });

  return [
    {
      method: 'post',
      path: '/api/delegations/:id/attachments',
      summary: `Upload one report attachment (R-REPORT): multipart/form-data, field "${attachmentField}"; PDF, PNG, JPEG, DOCX or XLSX by content; at most ATTACHMENT_MAX_BYTES (default 10 MiB)`,
      tags: ['delegations'],
      access: { roles: delegationRunners, scope: delegationInPath(db) },
      body: { schema: uploadSchema, contentType: 'multipart/form-data' },
      responses: {
        201: {
          description: 'Stored; pass the id in `attachmentIds` when filing the report',
          schema: storedSchema,
        },
        404: { description: 'No such delegation', schema: refusalSchema },
        409: {
          description: 'The delegation is not between departure and its report',
          schema: refusalSchema,
        },
        413: { description: 'Larger than the limit; nothing stored', schema: errorsSchema },
        415: {
          description: 'Not multipart, or not an accepted file type by content; nothing stored',
          schema: errorsSchema,
        },
        422: { description: `No file in field "${attachmentField}"`, schema: errorsSchema },
      },
      async handler(req, res) {
        const delegationId = String(req.params.id);
        const delegation = await db.delegation.findUnique({
          where: { id: delegationId },
          select: { stage: true },
        });
        if (!delegation) {
          res.status(404).json({ error: 'NotFound', message: 'No such delegation' });
          return;
        }
        if (!stagesAcceptingAttachments.includes(delegation.stage as Stage)) {
          res.status(409).json({
            error: 'StageMovedOn',
            message: `attachments are accepted from departure until the report is filed (stage is ${delegation.stage})`,
          });
          return;
        }
        if (!req.is('multipart/form-data')) {
          refuse(res, 415, attachmentMissing());
          return;
        }
        const refused = await receiveUpload(upload, req, res);
        const tooLarge = tooLargeViolation(refused, maxBytes);
        if (tooLarge) {
          refuse(res, 413, tooLarge);
          return;
        }
        if (refused || !req.file) {
          refuse(res, 422, attachmentMissing());
          return;
        }
        const checked = checkedAttachment(req.file);
        if (!checked.ok) {
          refuse(res, 415, checked.violation);
          return;
        }
        const { id, sha256, size, contentType } = await storeAttachment(
          db,
          delegationId,
          checked.file,
        );
        res.status(201).location(`/api/attachments/${id}`).json({ id, sha256, size, contentType });
      },
    },
    {
      method: 'get',
      path: '/api/attachments/:id',
      summary: 'Download a report attachment, with its SHA-256 as ETag and Repr-Digest',
      tags: ['delegations'],
      access: { roles: delegationReaders, scope: attachmentInPath(db) },
      responses: {
        200: { description: 'The file as uploaded', contentType: 'application/octet-stream' },
        404: { description: 'No such attachment', schema: refusalSchema },
      },
      async handler(req, res) {
        const a = await db.attachment.findUnique({ where: { id: String(req.params.id) } });
        if (!a) {
          res.status(404).json({ error: 'NotFound', message: 'No such attachment' });
          return;
        }
        const hex = a.sha256;
        res
          .attachment(a.filename)
          .set({
            'Content-Type': a.contentType,
            'X-Content-Type-Options': 'nosniff',
            // Opened in a browser tab anyway, a document must not run anything in the API's origin.
            'Content-Security-Policy': "default-src 'none'; sandbox",
            ETag: `"${hex}"`,
            'Repr-Digest': `sha-256=:${Buffer.from(hex, 'hex').toString('base64')}:`,
          })
          .send(Buffer.from(a.data));
      },
    },
  ];
}
