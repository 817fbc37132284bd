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

/** The years a local date may fall in: the calendar's arithmetic and tables hold for these. */
export const localDateYears = { min: 1900, max: 2199 } as const;

/** Calendar date in Asia/Ho_Chi_Minh, as YYYY-MM-DD (no time, no zone: it is a local day). */
export const localDate = z.iso.date().refine(
  (d) => {
    const year = Number(d.slice(0, 4));
    return year >= localDateYears.min && year <= localDateYears.max;
  },
  {
    message: `The year must be between ${localDateYears.min} and ${localDateYears.max}.`,
    params: {
      messageVi: `Năm phải nằm trong khoảng ${localDateYears.min}–${localDateYears.max}.`,
    },
  },
);
export type LocalDate = z.infer<typeof localDate>;
