// R-REPORT attachments are recognised by their bytes, never by the name or the type the client
// declares: a renamed executable must not pass for a PDF. Only formats a provincial office opens
// every day are accepted.

export const attachmentContentTypes = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type AttachmentContentType =
  (typeof attachmentContentTypes)[keyof typeof attachmentContentTypes];

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

const pdfMagic = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const pngMagic = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const jpegMagic = [0xff, 0xd8, 0xff];
const zipLocalHeader = [0x50, 0x4b, 0x03, 0x04];

/** What the bytes are, or undefined when they are none of the accepted formats. */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentContentType | undefined {
  if (startsWith(bytes, pdfMagic)) return attachmentContentTypes.pdf;
  if (startsWith(bytes, pngMagic)) return attachmentContentTypes.png;
  if (startsWith(bytes, jpegMagic)) return attachmentContentTypes.jpeg;
  if (startsWith(bytes, zipLocalHeader)) return officeDocumentType(zipEntryNames(bytes));
  return undefined;
}

/**
 * DOCX and XLSX are zip archives told apart by their parts. Any zip is not enough, and a
 * macro-enabled document (vbaProject.bin) is refused: macros are how documents carry malware.
 */
function officeDocumentType(names: string[] | undefined): AttachmentContentType | undefined {
  if (!names?.includes('[Content_Types].xml')) return undefined;
  if (names.some((n) => n.endsWith('vbaProject.bin'))) return undefined;
  if (names.includes('word/document.xml')) return attachmentContentTypes.docx;
  if (names.includes('xl/workbook.xml')) return attachmentContentTypes.xlsx;
  return undefined;
}

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/**
 * The entry names of a zip archive from its central directory (read from the end, as unzip
 * does, because local headers may omit sizes). Undefined when the archive is malformed.
 */
export function zipEntryNames(b: Uint8Array): string[] | undefined {
  const endRecordSize = 22;
  const lowest = Math.max(0, b.length - endRecordSize - 0xffff);
  let end = -1;
  for (let i = b.length - endRecordSize; i >= lowest; i--) {
    if (u32(b, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const entries = u16(b, end + 10);
  let at = u32(b, end + 16);
  const names: string[] = [];
  for (let n = 0; n < entries; n++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) return undefined;
    const nameLength = u16(b, at + 28);
    const skip = nameLength + u16(b, at + 30) + u16(b, at + 32);
    if (at + 46 + nameLength > b.length) return undefined;
    names.push(String.fromCharCode(...b.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + skip;
  }
  return names;
}
