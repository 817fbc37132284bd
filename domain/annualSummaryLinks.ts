// Names under which an annual summary is found: its API paths and its workflow ID.

/** Where the API serves a stored summary: JSON, `.csv` and `.html` (the email links to the last two). */
export function annualSummaryPath(
  provinceId: string,
  year: number,
  format: 'json' | 'csv' | 'html',
): string {
  const base = `/api/annual-summaries/${encodeURIComponent(provinceId)}/${year}`;
  return format === 'json' ? base : `${base}.${format}`;
}

/** The on-demand run; the Schedule's runs are annual-summary-<province>-scheduled-<time>. */
export const annualSummaryWorkflowId = (provinceId: string, year: number): string =>
  `annual-summary-${provinceId}-${year}`;
