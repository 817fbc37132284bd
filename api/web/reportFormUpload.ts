// Reading the report form's body (multipart/form-data: the typed fields, then the files) as its
// route's RouteSpec.readBody. A refused upload (a file too large, too many files) does not fail
// the request: it is kept for the handler, which shows the form again with what was typed.
import type { Request, RequestHandler } from 'express';
import { attachmentUpload, receiveUpload } from '../reportAttachments';

/** The most files one post of the form carries; more belong in several posts or one archive. */
export const reportFormMaxFiles = 5;

/** Room for the token, three fields per problem and the report's own fields. */
const maxFields = 200;

const refusals = new WeakMap<Request, unknown>();

export function reportFormReader(maxBytes: number): RequestHandler {
  const upload = attachmentUpload(maxBytes, { files: reportFormMaxFiles, fields: maxFields });
  return async (req, res, next) => {
    const refused = await receiveUpload(upload, req, res);
    if (refused) refusals.set(req, refused);
    next();
  };
}

/** Why the reader gave up on the request's upload, if it did. */
export const uploadRefusalOf = (req: Request): unknown => refusals.get(req);

/** The files the form carried (none when it was posted url-encoded). */
export const filesOf = (req: Request): Express.Multer.File[] =>
  Array.isArray(req.files) ? req.files : [];
