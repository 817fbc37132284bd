// The link to the other language: a plain link (works without JavaScript) that comes back to
// `back`, a path of this site. Named in its own language, so either reader can find it.
import type { Lang } from '../audit/timelineLabels';

export function languageSwitchHtml(current: Lang, back: string): string {
  const other = current === 'en' ? 'vi' : 'en';
  return `<a href="/language/${other}?back=${encodeURIComponent(back)}" lang="${other}" hreflang="${other}">${other === 'en' ? 'English' : 'Tiếng Việt'}</a>`;
}
