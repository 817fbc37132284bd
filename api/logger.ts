import pino from 'pino';

/** Operator logs, in English; tokens and secrets are never logged. */
export const logger = pino({ level: process.env.LOG_LEVEL ?? 'info', redact: ['req.headers.cookie', 'token'] });
