// R-ANNUAL-REPORT: the yearly summary to the organization board, in Vietnamese, with links to
// the full page and the CSV (the board opens the CSV in its own spreadsheets).
import type { AnnualSummary } from '../../domain/annualSummary';
import {
  annualSummaryLines,
  annualSummaryTableHtml,
  annualSummaryTitle,
} from './annualSummaryContent';
import { escapeHtml, type RenderedEmail } from './layout';

export interface AnnualSummaryLinks {
  page: string;
  csv: string;
}

export function annualSummaryEmail(s: AnnualSummary, links: AnnualSummaryLinks): RenderedEmail {
  const subject = annualSummaryTitle(s);
  const greeting = 'Kính gửi Ban Tổ chức Tỉnh ủy,';
  const lines = annualSummaryLines(s);
  const text = [
    greeting,
    '',
    ...lines.map((l) => `- ${l}`),
    '',
    `Chi tiết theo từng đơn vị: ${links.page}`,
    `Tệp CSV: ${links.csv}`,
    '',
  ].join('\n');
  const link = (label: string, url: string) =>
    `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(subject)}</title></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#111;max-width:960px;margin:0 auto;padding:16px"><h1 style="font-size:20px">${escapeHtml(subject)}</h1><p>${escapeHtml(greeting)}</p><ul>${lines.map((l) => `<li style="margin:0 0 8px">${escapeHtml(l)}</li>`).join('')}</ul>${annualSummaryTableHtml(s)}<p style="margin:20px 0">${link('Xem chi tiết theo từng đơn vị', links.page)} · ${link('Tải tệp CSV', links.csv)}</p></body></html>`;
  return { subject, text, html };
}
