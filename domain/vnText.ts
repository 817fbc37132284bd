import { z } from 'zod';
import { storable } from './storableText';

/**
 * Vietnamese text as users type it: trimmed and NFC-normalised so that the same word typed on
 * two keyboards (precomposed or combining diacritics) compares and stores identically, and
 * refused when the database could not store it (storableText).
 */
export const vnText = (max = 2000) =>
  z
    .string()
    .superRefine(storable)
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1).max(max));

/** Calendar date in Asia/Ho_Chi_Minh, as YYYY-MM-DD (no time, no zone: it is a local day). */
export const localDate = z.iso.date();
export type LocalDate = z.infer<typeof localDate>;
