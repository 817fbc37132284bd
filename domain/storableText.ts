// What PostgreSQL can store of the text people and clients send: no NUL (text and jsonb refuse
// it) and no lone UTF-16 surrogate (jsonb refuses the escape, text would silently store U+FFFD).
// Input that breaks these is refused where it enters, naming the field, so it never reaches an
// activity that would fail on it after the workflow has already claimed the change.
import { z } from 'zod';

const nul = String.fromCharCode(0);
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why this text cannot be stored as sent, in both languages, or undefined when it can. */
export function unstorableReason(s: string): { message: string; messageVi: string } | undefined {
  if (s.includes(nul)) {
    return {
      message: 'contains a NUL character (\\u0000), which cannot be stored',
      messageVi: 'chứa ký tự NUL (\\u0000), không thể lưu',
    };
  }
  if (loneSurrogate.test(s)) {
    return {
      message: 'contains an unpaired UTF-16 surrogate, which is not valid Unicode text',
      messageVi: 'chứa ký tự UTF-16 không hợp lệ (surrogate đơn lẻ)',
    };
  }
  return undefined;
}

/** A zod check that the text can be stored; every text schema of the project goes through it. */
export const storable = (s: string, ctx: z.RefinementCtx): void => {
  const reason = unstorableReason(s);
  if (reason) ctx.addIssue({ code: 'custom', message: reason.message, params: reason });
};

/** Lengths of the texts that are not prose: names of records, ids, keys, addresses. */
export const identifierMaxChars = 200;

/** An identifier as a client sends it (a unit's id, a person's id): not trimmed or normalised. */
export const storableId = (max = identifierMaxChars) =>
  z.string().min(1).max(max).superRefine(storable);

/** Text kept as sent (not trimmed), e.g. a visibility query or a free-form key name. */
export const storableString = (max: number) => z.string().max(max).superRefine(storable);
