import { escapeHtml } from '../../activities/emails/layout';

export { escapeHtml };

/** A server-rendered page: readable on a phone, works without JavaScript. Vietnamese unless told. */
export function pageHtml(title: string, body: string, lang: 'vi' | 'en' = 'vi'): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer"><title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,Arial,sans-serif;font-size:17px;line-height:1.5;color:#111;max-width:720px;margin:0 auto;padding:16px}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.5em}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccc;padding:6px;text-align:left;vertical-align:top}
.warn{background:#fff7e6;border-left:4px solid #d97706;padding:8px 12px}
.notice{background:#eef6ff;border-left:4px solid #2563eb;padding:8px 12px}
.err{color:#b91c1c;margin:4px 0}
fieldset{border:1px solid #ccc;border-radius:6px;margin:12px 0}label{display:block;margin:8px 0}
textarea,input[type=number]{width:100%;box-sizing:border-box;font-size:16px;padding:8px}
button{font-size:17px;padding:12px 20px;border:0;border-radius:6px;background:#b91c1c;color:#fff;width:100%}
</style></head><body>${body}</body></html>`;
}
