// R-REPORT attachments: uploaded (multipart/form-data, field "file") for a delegation whose report
// is not filed yet, then linked by `attachmentIds` when the report is filed. The file is held in
// memory up to the limit, recognised by its bytes, and only then stored; a refusal stores nothing.
import type { Request, Response } from 'express';
import multer from 'multer';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  attachmentField,
  attachmentFilename,
  attachmentMissing,
  attachmentTooLarge,
  attachmentTypeRefused,
} from '../../domain/attachmentRules';
import { sniffAttachmentType } from '../../domain/attachmentType';
import type { RuleViolation } from '../../domain/ruleViolation';
import type { Stage } from '../../domain/stage';
import { delegationReaders, delegationRunners } from '../access/roleGroups';
import { attachmentInPath, delegationInPath } from '../access/scopes';
import type { ApiDeps } from '../apiDeps';
import { attachmentMaxBytes } from '../attachmentLimit';
import type { RouteSpec } from '../routeSpec';
import { errorsSchema } from '../schemas';

/** Attachments go with the report, which is filed after the trip; before that there is nothing to attach to. */
const stagesAcceptingAttachments: readonly Stage[] = ['on_trip', 'report_due'];

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
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: 1, fields: 10 },
    // Browsers send UTF-8 file names; busboy would otherwise read them as Latin-1 ("BÃ¡o cÃ¡o").
    defParamCharset: 'utf8',
  }).single(attachmentField);

  /**
   * Reads the multipart body. Every failure here is the client's (a limit, a malformed body),
   * so it comes back as a value to answer, not as an error for the 500 handler.
   */
  const receive = (req: Request, res: Response) =>
    new Promise<unknown>((resolve) => {
      void upload(req, res, resolve);
    });

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
        const refused = await receive(req, res);
        if (refused instanceof multer.MulterError && refused.code === 'LIMIT_FILE_SIZE') {
          refuse(res, 413, attachmentTooLarge(maxBytes));
          return;
        }
        if (refused || !req.file) {
          refuse(res, 422, attachmentMissing());
          return;
        }
        const bytes = req.file.buffer;
        const contentType = sniffAttachmentType(bytes);
        if (!contentType) {
          refuse(res, 415, attachmentTypeRefused());
          return;
        }
        const stored = await db.attachment.create({
          data: {
            delegationId,
            filename: attachmentFilename(req.file.originalname),
            contentType,
            size: bytes.length,
            sha256: createHash('sha256').update(bytes).digest('hex'),
            // Prisma's Bytes is a Uint8Array over a plain ArrayBuffer; multer's Buffer may sit on a shared pool.
            data: new Uint8Array(bytes),
          },
          select: { id: true, sha256: true, size: true, contentType: true },
        });
        res.status(201).location(`/api/attachments/${stored.id}`).json(stored);
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
