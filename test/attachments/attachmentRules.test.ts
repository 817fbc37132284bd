// R-REPORT attachments: the type is what the bytes say; the size limit and the kept name.
import { attachmentMaxBytes } from '../../api/attachmentLimit';
import {
  attachmentFilename,
  attachmentTooLarge,
  defaultAttachmentMaxBytes,
} from '../../domain/attachmentRules';
import { attachmentContentTypes, sniffAttachmentType } from '../../domain/attachmentType';
import {
  docxBytes,
  exeBytes,
  jpegBytes,
  pdfBytes,
  pngBytes,
  xlsxBytes,
  zipOf,
} from './fileFixtures';

describe('sniffAttachmentType', () => {
  it.each([
    ['a PDF', pdfBytes(), attachmentContentTypes.pdf],
    ['a PNG', pngBytes(), attachmentContentTypes.png],
    ['a JPEG', jpegBytes(), attachmentContentTypes.jpeg],
    ['a DOCX', docxBytes(), attachmentContentTypes.docx],
    ['an XLSX', xlsxBytes(), attachmentContentTypes.xlsx],
    ['a Windows executable', exeBytes(), undefined],
    ['plain text', Buffer.from('Báo cáo kết quả đoàn công tác'), undefined],
    ['an empty file', Buffer.alloc(0), undefined],
    ['a zip that is not an Office document', zipOf(['setup.exe', 'readme.txt']), undefined],
    [
      'an Office archive that is neither Word nor Excel',
      zipOf(['[Content_Types].xml', 'ppt/presentation.xml']),
      undefined,
    ],
    [
      'a macro-enabled Word document',
      zipOf(['[Content_Types].xml', 'word/document.xml', 'word/vbaProject.bin']),
      undefined,
    ],
    ['a truncated zip', docxBytes().subarray(0, 40), undefined],
  ])('%s', (_name, bytes, expected) => {
    expect(sniffAttachmentType(bytes)).toBe(expected);
  });
});

describe('ATTACHMENT_MAX_BYTES', () => {
  it('is 10 MiB unless set', () => {
    expect(defaultAttachmentMaxBytes).toBe(10 * 1024 * 1024);
    expect(attachmentMaxBytes({})).toBe(defaultAttachmentMaxBytes);
    expect(attachmentMaxBytes({ ATTACHMENT_MAX_BYTES: '' })).toBe(defaultAttachmentMaxBytes);
    expect(attachmentMaxBytes({ ATTACHMENT_MAX_BYTES: '2097152' })).toBe(2_097_152);
  });

  it.each(['0', '-5', '1.5', '10MB', 'abc'])('refuses %s at start-up', (raw) => {
    expect(() => attachmentMaxBytes({ ATTACHMENT_MAX_BYTES: raw })).toThrow(/ATTACHMENT_MAX_BYTES/);
  });

  it('names the limit in the refusal, in both languages', () => {
    expect(attachmentTooLarge(10 * 1024 * 1024)).toMatchObject({
      rule: 'R-REPORT',
      field: 'file',
      message: expect.stringContaining('10 MiB'),
      messageVi: expect.stringContaining('10 MiB'),
    });
    expect(attachmentTooLarge(1_500_000).message).toContain('1.500.000 bytes');
  });
});

test.each([
  ['Báo cáo kết quả.pdf', 'Báo cáo kết quả.pdf'],
  ['C:\\Users\\an\\Desktop\\bao-cao.pdf', 'bao-cao.pdf'],
  ['../../etc/passwd', 'passwd'],
  ['a\u0000b\nc.pdf', 'abc.pdf'],
  // Typed with combining diacritics on one keyboard, kept precomposed (NFC).
  ['Ba\u0301o ca\u0301o.pdf', 'Báo cáo.pdf'],
  ['   ', 'tep-dinh-kem'],
])('attachmentFilename(%j) = %j', (raw, kept) => {
  expect(attachmentFilename(raw)).toBe(kept);
});
