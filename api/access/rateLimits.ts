// Rate limits per client address (in memory: one API process keeps its own counts). Routes name
// the bucket they count in (RouteSpec.rateLimit), so a link's GET and POST share one count.
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { SecurityConfig } from './securityConfig';

export type RateLimitBucket = 'sign_in_request' | 'link';

const tooMany = {
  error: 'TooManyRequests',
  message: 'Quá nhiều yêu cầu, vui lòng thử lại sau. / Too many requests, please retry later.',
};

export function rateLimiters(c: SecurityConfig): Record<RateLimitBucket, RequestHandler> {
  const limiter = (limit: number) =>
    rateLimit({
      windowMs: c.rateLimitWindowSeconds * 1000,
      limit,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      message: tooMany,
    });
  return {
    sign_in_request: limiter(c.signInRequestsPerWindow),
    link: limiter(c.linkRequestsPerWindow),
  };
}
