// The fields of every form the web pages show, by the route pattern the form posts to: read from
// the pages themselves, so a new form is poisoned field by field without naming it here.
import type { RouteSpec } from '../../../api/routeSpec';

export const routePattern = (path: string): RegExp =>
  new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/:\w+/g, '[^/]+')}$`);

/** Each `<form method="post">` of a page: where it (and each formaction button) posts, its names. */
export function formsIn(html: string, pagePath: string): { action: string; names: string[] }[] {
  const forms = [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)];
  return forms.flatMap((m) => {
    const [attributes, inner] = [m[1] ?? '', m[2] ?? ''];
    if (!/method="post"/i.test(attributes)) return [];
    const names = [...new Set([...inner.matchAll(/\bname="([^"]+)"/g)].map((n) => n[1] ?? ''))];
    const actions = [
      /action="([^"]*)"/.exec(attributes)?.[1] ?? pagePath,
      ...[...inner.matchAll(/formaction="([^"#]*)/g)].map((f) => f[1] ?? ''),
    ];
    return actions.map((a) => ({ action: a.replace(/&amp;/g, '&').split('?')[0] ?? a, names }));
  });
}

/** The field names posted to each form route, gathered from the pages' forms. */
export function formFieldsByRoute(
  posts: RouteSpec[],
  pages: { path: string; html: string }[],
): Map<RouteSpec, string[]> {
  const found = new Map<RouteSpec, Set<string>>();
  for (const page of pages) {
    for (const form of formsIn(page.html, page.path)) {
      const route = posts.find((s) => routePattern(s.path).test(form.action));
      if (!route) continue;
      const names = found.get(route) ?? new Set<string>();
      form.names.forEach((n) => names.add(n));
      found.set(route, names);
    }
  }
  return new Map([...found].map(([route, names]) => [route, [...names]]));
}
