import type { Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import { createHash } from 'node:crypto';
import {
  attachmentField,
  attachmentFilename,
  attachmentNotOfDelegation,
  attachmentsTooMany,
  attachmentTooLarge,
  attachmentTypeRefused,
} from '../domain/attachmentRules';
import { sniffAttachmentType } from '../domain/attachmentType';
import type { RuleViolation } from '../domain/ruleViolation';
import type { Stage } from '../domain/stage';
import type { Db } from '../prisma/client';

/** Attachments go with the report, which is filed after the trip; before that there is nothing to attach to. */
export const stagesAcceptingAttachments: readonly Stage[] = ['on_trip', 'report_due'];

/** The longest text field a multipart body may carry: a report's longest text (10 000 characters) in UTF-8. */
const fieldSize = 64 * 1024;

/**
 * Reads report attachments (multipart/form-data, field "file") into memory, each up to the limit;
 * nothing touches the disk, so a refused upload leaves nothing behind. `files` and `fields` bound
 * what one request may carry besides.
 */
export function attachmentUpload(
  maxBytes: number,
  { files, fields }: { files: number; fields: number },
): RequestHandler {
  const options = {
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files, fields, fieldSize },
    // Browsers send UTF-8 file names; busboy would otherwise read them as Latin-1 ("BÃ¡o cÃ¡o").
    defParamCharset: 'utf8',
  };
  return files === 1
    ? multer(options).single(attachmentField)
    : multer(options).array(attachmentField, files);
}

/**
 * Runs an upload middleware. Every failure there is the client's (a limit, a malformed body), so
 * it comes back as a value to answer, not as an error for the 500 handler.
 */
export const receiveUpload = (upload: RequestHandler, req: Request, res: Response) =>
  new Promise<unknown>((resolve) => {
    void upload(req, res, resolve);
  });

/** The refusal of an upload the reader gave up on, when it was the size limit (413). */
export function tooLargeViolation(refused: unknown, maxBytes: number): RuleViolation | undefined {
  return refused instanceof multer.MulterError && refused.code === 'LIMIT_FILE_SIZE'
    ? attachmentTooLarge(maxBytes)
    : undefined;
}

/** The refusal of a form's upload the reader gave up on: a file too large, or too many files. */
export function formUploadViolation(
  refused: unknown,
  maxBytes: number,
  maxFiles: number,
): RuleViolation | undefined {
  const tooMany =
    refused instanceof multer.MulterError &&
    (refused.code === 'LIMIT_FILE_COUNT' || refused.code === 'LIMIT_UNEXPECTED_FILE');
  return (
    tooLargeViolation(refused, maxBytes) ?? (tooMany ? attachmentsTooMany(maxFiles) : undefined)
  );
}

export interface CheckedAttachment {
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  bytes: Buffer;
}

/** A received file as it will be stored, or the R-REPORT refusal of its type (judged by its bytes). */
export function checkedAttachment(
  file: Express.Multer.File,
): { ok: true; file: CheckedAttachment } | { ok: false; violation: RuleViolation } {
  const bytes = file.buffer;
  const contentType = sniffAttachmentType(bytes);
  if (!contentType) return { ok: false, violation: attachmentTypeRefused() };
  return {
    ok: true,
    file: {
      filename: attachmentFilename(file.originalname),
      contentType,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes,
    },
  };
}

/** Stores one checked file for a delegation's report-to-be. */
export const storeAttachment = (db: Db, delegationId: string, { bytes, ...f }: CheckedAttachment) =>
  db.attachment.create({
    // Prisma's Bytes is a Uint8Array over a plain ArrayBuffer; multer's Buffer may sit on a shared pool.
    data: { delegationId, ...f, data: new Uint8Array(bytes) },
    select: { id: true, sha256: true, size: true, contentType: true, filename: true },
  });

/** Stores several checked files, all or none. */
export const storeAttachments = (db: Db, delegationId: string, files: CheckedAttachment[]) =>
  db.$transaction(files.map((f) => storeAttachment(db, delegationId, f)));

/** Removes files stored for a report the workflow then refused; a linked file is never touched. */
export const discardAttachments = (db: Db, ids: string[]) =>
  db.attachment.deleteMany({ where: { id: { in: ids }, reportId: null } });

/**
 * R-REPORT: a report links only attachments uploaded for its own delegation and not yet part of a
 * report. Checked before the workflow is asked, because linking rewrites the attachment's owner:
 * one delegation must not take over another's files by naming their ids.
 */
export async function foreignAttachmentViolations(
  db: Db,
  delegationId: string,
  attachmentIds: string[],
): Promise<RuleViolation[]> {
  if (attachmentIds.length === 0) return [];
  const own = await db.attachment.findMany({
    where: { id: { in: attachmentIds }, delegationId, reportId: null },
    select: { id: true },
  });
  const ownIds = new Set(own.map((a) => a.id));
  return attachmentIds.flatMap((id, i) => (ownIds.has(id) ? [] : [attachmentNotOfDelegation(i)]));
}
