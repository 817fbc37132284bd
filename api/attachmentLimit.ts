import { defaultAttachmentMaxBytes } from '../domain/attachmentRules';

/**
 * ATTACHMENT_MAX_BYTES, or the default of 10 MiB. A value that is not a positive whole number
 * stops the API at start-up rather than silently accepting files of any size.
 */
export function attachmentMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.ATTACHMENT_MAX_BYTES;
  if (raw === undefined || raw.trim() === '') return defaultAttachmentMaxBytes;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new Error(`ATTACHMENT_MAX_BYTES must be a positive whole number of bytes, not "${raw}"`);
  }
  return value;
}
