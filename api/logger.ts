import pino, { type LoggerOptions } from 'pino';

/**
 * Secrets are never logged on purpose; these paths are redacted in case a request, its headers
 * or a credential ever end up in a log line anyway.
 */
export const logRedaction: LoggerOptions['redact'] = {
  paths: [
    'req.headers.cookie',
    'req.headers.authorization',
    'req.headers["x-csrf-token"]',
    'headers.cookie',
    'headers.authorization',
    'token',
    'key',
    'apiKey',
    'csrfToken',
    '*.token',
    '*.key',
    '*.csrfToken',
  ],
  censor: '[redacted]',
};

/** Operator logs, in English. */
export const logger = pino({ level: process.env.LOG_LEVEL ?? 'info', redact: logRedaction });
