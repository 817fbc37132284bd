// R-REPORT: what a report attachment may be, and the refusals, said in both languages with the
// field and the rule, as every other refusal of the API.
import type { RuleViolation } from './ruleViolation';
import { formatNumberVi } from './vnFormat';

/** 10 MiB: a scanned signed report or a few photos; more belongs in the province's document system. */
export const defaultAttachmentMaxBytes = 10 * 1024 * 1024;

/** The multipart field that carries the file. */
export const attachmentField = 'file';

/** "10 MiB" when whole, else the exact number of bytes. */
function sizeText(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return Number.isInteger(mib) ? `${mib} MiB` : `${formatNumberVi(bytes)} bytes`;
}

export function attachmentTooLarge(maxBytes: number): RuleViolation {
  const size = sizeText(maxBytes);
  return {
    rule: 'R-REPORT',
    field: attachmentField,
    message: `The attachment is larger than ${size}, the most a report attachment may be (R-REPORT). Nothing was stored.`,
    messageVi: `Tệp đính kèm lớn hơn ${size}, mức tối đa cho một tệp đính kèm báo cáo (R-REPORT). Chưa lưu tệp nào.`,
  };
}

export function attachmentTypeRefused(): RuleViolation {
  return {
    rule: 'R-REPORT',
    field: attachmentField,
    message:
      'The attachment is not a PDF, PNG, JPEG, DOCX or XLSX file, judged by its content, not its name (R-REPORT). Nothing was stored.',
    messageVi:
      'Tệp đính kèm không phải PDF, PNG, JPEG, DOCX hoặc XLSX (xét theo nội dung tệp, không theo tên) (R-REPORT). Chưa lưu tệp nào.',
  };
}

export function attachmentsTooMany(maxFiles: number): RuleViolation {
  return {
    rule: 'R-REPORT',
    field: attachmentField,
    message: `At most ${maxFiles} files go with one submission of the report form (R-REPORT). Nothing was stored.`,
    messageVi: `Mỗi lần gửi biểu mẫu báo cáo chỉ đính kèm tối đa ${maxFiles} tệp (R-REPORT). Chưa lưu tệp nào.`,
  };
}

export function attachmentMissing(): RuleViolation {
  return {
    rule: 'R-REPORT',
    field: attachmentField,
    message: `Send exactly one file as multipart/form-data in the field "${attachmentField}" (R-REPORT).`,
    messageVi: `Gửi đúng một tệp dạng multipart/form-data trong trường "${attachmentField}" (R-REPORT).`,
  };
}

export function attachmentNotOfDelegation(index: number): RuleViolation {
  return {
    rule: 'R-REPORT',
    field: `attachmentIds.${index}`,
    message:
      'No attachment with this id was uploaded for this delegation, or it belongs to a report already (R-REPORT).',
    messageVi:
      'Không có tệp đính kèm với mã này được tải lên cho đoàn này, hoặc tệp đã thuộc một báo cáo (R-REPORT).',
  };
}

/**
 * The name to keep: the last path segment (browsers on Windows send C:\…), NFC-normalised, no
 * control characters, at most 255 characters; "tep-dinh-kem" when nothing is left.
 */
export function attachmentFilename(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const clean = base
    .normalize('NFC')
    .replace(/\p{Cc}/gu, '')
    .trim();
  return Array.from(clean).slice(0, 255).join('') || 'tep-dinh-kem';
}
