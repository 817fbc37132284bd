import type { Request, Response } from 'express';
import { unavailablePageHtml } from './pages/unavailablePage';
import { webLangOf } from './web/webLang';

/** 503 with Retry-After: nothing was stored; the same request may be sent again later. */
export function sendUnavailable(res: Response, retryAfterSeconds: number): void {
  res.status(503).set('Retry-After', String(retryAfterSeconds)).json({
    error: 'Unavailable',
    message:
      'Hệ thống tạm thời không xử lý được yêu cầu; chưa có gì được lưu. Vui lòng thử lại sau. / The system cannot handle the request right now; nothing was stored. Please try again later.',
  });
}

/** How long a client is told to wait while PostgreSQL or Temporal is unreachable. */
export const outageRetryAfterSeconds = 5;

/**
 * The answer of any route whose database or Temporal call failed because the server could not
 * be reached (app.ts's error handler): 503 with Retry-After, a page for a browser, JSON for the
 * rest. It does not claim that nothing was stored: a route may have written before the failure.
 */
export function sendOutage(req: Request, res: Response): void {
  res
    .status(503)
    .set('Retry-After', String(outageRetryAfterSeconds))
    .set('Cache-Control', 'no-store');
  if (req.accepts(['json', 'html']) === 'html') {
    res.type('html').send(unavailablePageHtml(webLangOf(req), outageRetryAfterSeconds));
    return;
  }
  res.json({
    error: 'Unavailable',
    message:
      'Hệ thống tạm thời không kết nối được cơ sở dữ liệu hoặc máy chủ quy trình; vui lòng thử lại sau. / The database or the workflow server cannot be reached right now; please try again later.',
  });
}
