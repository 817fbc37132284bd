// What `npm run audit` prints: one line per workflow or problem, in plain words.
import type { AnchorOutcome } from '../activities/auditAnchor';
import type { ReplayVerdict } from '../api/audit/replay';
import type { VerifyReport } from '../api/audit/verifyAudit';

export function replayText(verdicts: ReplayVerdict[], notFound: string[] = []): string {
  const lines = verdicts.map((v) =>
    v.identical
      ? `identical  ${v.workflowId} (${v.events} events)`
      : `DIVERGES   ${v.workflowId} (${v.events} events): ${v.divergence?.description ?? 'unknown reason'}`,
  );
  lines.push(...notFound.map((id) => `NOT FOUND  delegation ${id}: Temporal has no history of it`));
  const diverging = verdicts.filter((v) => !v.identical).length;
  lines.push(
    `${verdicts.length} replayed against the current workflow code: ${verdicts.length - diverging} identical, ${diverging} diverging.`,
  );
  return lines.join('\n');
}

export function verifyText(r: VerifyReport, anchored?: AnchorOutcome): string {
  const lines = [
    `Checked ${r.delegations} delegations, ${r.auditRecords} audit records, ${r.anchors} anchors` +
      (r.decisionsChecked
        ? `, ${r.decisionsCompared} decisions compared with their Temporal histories.`
        : ' (decisions not compared: no Temporal).'),
    ...r.historiesUnavailable.map(
      (id) =>
        `note: Temporal no longer has the history of delegation ${id}; its decisions were not compared.`,
    ),
    ...r.problems.map((p) => `PROBLEM  ${p.message}`),
    r.ok ? 'No problems found.' : `${r.problems.length} problem(s) found; nothing was anchored.`,
  ];
  if (anchored)
    lines.push(
      anchored.written
        ? `Anchored ${anchored.day}: ${anchored.heads} chain head(s), hash ${anchored.hash}.`
        : `Not anchored (${anchored.day}): ${anchored.reason}.`,
    );
  const latest = anchored?.written ? { day: anchored.day, hash: anchored.hash } : r.latestAnchor;
  if (latest)
    lines.push(`Latest anchor ${latest.day}: ${latest.hash} — keep it outside the database.`);
  return lines.join('\n');
}
