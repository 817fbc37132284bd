// axe-core (WCAG 2 A and AA: labels, contrast, landmarks, names) on a page the browser shows.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let axeSource: Promise<string> | undefined;

/** The WCAG 2 A/AA violations axe finds on the page as it is now, as `rule: selectors` lines. */
export async function axeViolationsOf(page: Page): Promise<string[]> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the devtools protocol: the page's CSP rightly refuses inline scripts.
  await page.evaluate(await axeSource);
  const found = await page.evaluate(async () => {
    // axe is the global the injected script defines; the page has no types for it.
    const axe = (
      globalThis as unknown as { axe: { run(o: object): Promise<{ violations: unknown }> } }
    ).axe;
    const r = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return r.violations;
  });
  return (found as AxeViolation[]).map(
    (v) =>
      `${v.id} (${v.impact ?? '?'}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
