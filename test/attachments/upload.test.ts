// R-REPORT attachments over real HTTP against real PostgreSQL: stored with their checksum,
// refused (and not stored) when too large or not an accepted type, linked when the report is
// filed through the real workflow on the time-skipping server.
import { createHash } from 'node:crypto';
import { proposalSchema } from '../../domain/proposal';
import { attachmentContentTypes } from '../../domain/attachmentType';
import { proposalFor } from '../fixtures/proposals';
import { DelegationDriver, reportBody } from '../support/delegationDriver';
import { startTestStack, type TestStack } from '../support/testStack';
import {
  docxBytes,
  exeBytes,
  jpegBytes,
  pdfBytes,
  pngBytes,
  xlsxBytes,
  zipOf,
} from './fileFixtures';

let stack: TestStack;
let drive: DelegationDriver;
const tenMiB = 10 * 1024 * 1024;
/** Seeded rows get a unit of their own, so they do not use up R-ANNUAL-QUOTA of the unit that proposes for real. */
const seededUnit = 'so-thu-tep-dinh-kem';

beforeAll(async () => {
  stack = await startTestStack('time-skipping');
  drive = new DelegationDriver(stack);
  await stack.db.unit.create({
    data: { id: seededUnit, name: 'Đơn vị thử tệp đính kèm', provinceId: 'ca-mau' },
  });
});
afterAll(() => stack?.stop());

/** A delegation row in the read model at a given stage (uploads read only the read model). */
async function delegationAt(stage: string): Promise<string> {
  const proposal = proposalSchema.parse(
    proposalFor({ unitId: seededUnit, title: `Đoàn ở giai đoạn ${stage}` }),
  );
  const row = await stack.db.delegation.create({
    data: {
      unitId: proposal.unitId,
      year: Number(proposal.departureDate.slice(0, 4)),
      title: proposal.title,
      stage,
      proposal,
      departureDate: new Date(proposal.departureDate),
      returnDate: new Date(proposal.returnDate),
      memberCount: proposal.members.length,
      leaderRank: proposal.leaderRank,
      submittedAt: new Date(),
    },
  });
  return row.id;
}

interface UploadAnswer {
  status: number;
  location: string | null;
  body: {
    id?: string;
    sha256?: string;
    size?: number;
    contentType?: string;
    errors?: { rule: string; field: string; message: string; messageVi: string }[];
  };
}

async function upload(
  delegationId: string,
  bytes: Buffer,
  filename: string,
  declared = 'application/pdf',
  field = 'file',
): Promise<UploadAnswer> {
  const form = new FormData();
  form.append(field, new Blob([new Uint8Array(bytes)], { type: declared }), filename);
  const res = await fetch(`${stack.baseUrl}/api/delegations/${delegationId}/attachments`, {
    method: 'POST',
    headers: await drive.staffOfDelegation(delegationId),
    body: form,
  });
  return {
    status: res.status,
    location: res.headers.get('location'),
    body: (await res.json()) as UploadAnswer['body'],
  };
}

const stored = () => stack.db.attachment.count();

test('a PDF is stored with its SHA-256 and size, and downloads byte for byte', async () => {
  const id = await delegationAt('report_due');
  const bytes = pdfBytes(50_000);
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  const answer = await upload(id, bytes, 'Báo cáo kết quả.pdf');
  expect(answer.status).toBe(201);
  expect(answer.body).toEqual({
    id: expect.any(String),
    sha256,
    size: 50_000,
    contentType: 'application/pdf',
  });
  expect(answer.location).toBe(`/api/attachments/${answer.body.id}`);

  const row = await stack.db.attachment.findUniqueOrThrow({
    where: { id: answer.body.id as string },
  });
  expect(row).toMatchObject({
    delegationId: id,
    reportId: null,
    sha256,
    size: 50_000,
    filename: 'Báo cáo kết quả.pdf',
  });

  const staff = await drive.staffOfDelegation(id);
  const download = await fetch(`${stack.baseUrl}/api/attachments/${answer.body.id}`, {
    headers: staff,
  });
  expect(download.status).toBe(200);
  expect(download.headers.get('content-type')).toBe('application/pdf');
  expect(download.headers.get('etag')).toBe(`"${sha256}"`);
  expect(download.headers.get('x-content-type-options')).toBe('nosniff');
  expect(download.headers.get('content-disposition')).toContain(
    `filename*=UTF-8''${encodeURIComponent('Báo cáo kết quả.pdf')}`,
  );
  const downloaded = Buffer.from(await download.arrayBuffer());
  expect(createHash('sha256').update(downloaded).digest('hex')).toBe(sha256);

  expect(
    (await fetch(`${stack.baseUrl}/api/attachments/no-such-id`, { headers: staff })).status,
  ).toBe(404);
});

test.each([
  [
    'a DOCX declared as a generic binary',
    docxBytes(),
    'application/octet-stream',
    attachmentContentTypes.docx,
  ],
  ['an XLSX declared as a zip', xlsxBytes(), 'application/zip', attachmentContentTypes.xlsx],
  ['a PNG declared as a PDF', pngBytes(), 'application/pdf', attachmentContentTypes.png],
  ['a JPEG', jpegBytes(), 'image/jpeg', attachmentContentTypes.jpeg],
])('%s is recorded as what its bytes are', async (_name, bytes, declared, expected) => {
  const answer = await upload(await delegationAt('on_trip'), bytes, 'tep', declared);
  expect(answer.status).toBe(201);
  expect(answer.body.contentType).toBe(expected);
});

test('exactly the limit (10 MiB by default) is accepted; one byte more is refused with 413, naming the field and R-REPORT, and nothing is stored', async () => {
  const id = await delegationAt('report_due');
  expect((await upload(id, pdfBytes(tenMiB), 'vua-du.pdf')).status).toBe(201);

  const before = await stored();
  const answer = await upload(id, pdfBytes(tenMiB + 1), 'qua-lon.pdf');
  expect(answer.status).toBe(413);
  expect(answer.body.errors).toEqual([
    {
      rule: 'R-REPORT',
      field: 'file',
      message: expect.stringContaining('larger than 10 MiB'),
      messageVi: expect.stringContaining('lớn hơn 10 MiB'),
    },
  ]);
  expect(await stored()).toBe(before);
});

test.each([
  ['an executable named like a PDF', exeBytes(), 'bao-cao.pdf', 'application/pdf'],
  [
    'a zip that is no Office document',
    zipOf(['setup.exe']),
    'bao-cao.docx',
    attachmentContentTypes.docx,
  ],
  ['plain text', Buffer.from('Báo cáo'), 'bao-cao.txt', 'text/plain'],
])(
  '%s is refused with 415, naming the field and R-REPORT, and nothing is stored',
  async (_name, bytes, filename, declared) => {
    const id = await delegationAt('report_due');
    const before = await stored();
    const answer = await upload(id, bytes, filename, declared);
    expect(answer.status).toBe(415);
    expect(answer.body.errors).toEqual([
      {
        rule: 'R-REPORT',
        field: 'file',
        message: expect.stringContaining('not a PDF, PNG, JPEG, DOCX or XLSX'),
        messageVi: expect.stringContaining('không phải PDF, PNG, JPEG, DOCX hoặc XLSX'),
      },
    ]);
    expect(await stored()).toBe(before);
  },
);

test('no file in the field, or not multipart at all: refused, nothing stored', async () => {
  const id = await delegationAt('report_due');
  const before = await stored();
  const wrongField = await upload(id, pdfBytes(), 'bao-cao.pdf', 'application/pdf', 'document');
  expect(wrongField.status).toBe(422);
  expect(wrongField.body.errors?.[0]).toMatchObject({ rule: 'R-REPORT', field: 'file' });

  const json = await fetch(`${stack.baseUrl}/api/delegations/${id}/attachments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await drive.staffOfDelegation(id)) },
    body: JSON.stringify({ file: 'JVBERi0=' }),
  });
  expect(json.status).toBe(415);
  expect(await stored()).toBe(before);
});

test('attachments are accepted between departure and the report only', async () => {
  expect((await upload(await delegationAt('committee_review'), pdfBytes(), 'x.pdf')).status).toBe(
    409,
  );
  expect((await upload('no-such-delegation', pdfBytes(), 'x.pdf')).status).toBe(404);
});

test("filing the report links its own attachments; another delegation's attachment is refused", async () => {
  const proposal = proposalFor({ title: 'Đoàn nộp báo cáo có tệp' });
  const created = await drive.submit(proposal);
  expect(created.status).toBe(201);
  const id = created.body.id;
  await drive.postForm(await drive.linkFor('cuong', 'Đoàn nộp báo cáo có tệp'), {
    decision: 'approve',
  });
  await drive.waitForStage(id, 'awaiting_departure');
  await drive.skipUntil(`${proposal.departureDate}T00:00:00.000+07:00`);
  await drive.waitForStage(id, 'on_trip');
  await drive.skipUntil(`${proposal.returnDate}T23:59:59.999+07:00`);
  await drive.waitForStage(id, 'report_due');

  const own = await upload(id, pdfBytes(), 'bao-cao.pdf');
  const foreign = await upload(await delegationAt('report_due'), pdfBytes(), 'cua-doan-khac.pdf');
  expect([own.status, foreign.status]).toEqual([201, 201]);

  const refused = await drive.postJson(`/api/delegations/${id}/report`, {
    ...reportBody,
    attachmentIds: [own.body.id, foreign.body.id],
  });
  expect(refused.status).toBe(422);
  expect(refused.body.errors).toEqual([
    expect.objectContaining({ rule: 'R-REPORT', field: 'attachmentIds.1' }),
  ]);
  expect(await stack.db.report.count({ where: { delegationId: id } })).toBe(0);

  const filed = await drive.postJson(`/api/delegations/${id}/report`, {
    ...reportBody,
    attachmentIds: [own.body.id],
  });
  expect(filed.status).toBe(200);
  const report = await stack.db.report.findUniqueOrThrow({
    where: { delegationId: id },
    include: { attachments: true },
  });
  expect(report.attachments.map((a) => a.id)).toEqual([own.body.id]);
  const other = await stack.db.attachment.findUniqueOrThrow({
    where: { id: foreign.body.id as string },
  });
  expect(other.reportId).toBeNull();
});
