import type { Response } from 'express';

/** 503 with Retry-After: nothing was stored; the same request may be sent again later. */
export function sendUnavailable(res: Response, retryAfterSeconds: number): void {
  res.status(503).set('Retry-After', String(retryAfterSeconds)).json({
    error: 'Unavailable',
    message:
      'Hệ thống tạm thời không xử lý được yêu cầu; chưa có gì được lưu. Vui lòng thử lại sau. / The system cannot handle the request right now; nothing was stored. Please try again later.',
  });
}
