/** Runtime configuration from the environment, with the defaults the README lists. */
export const config = {
  temporalAddress: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
  temporalNamespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
  taskQueue: process.env.TEMPORAL_TASK_QUEUE ?? 'delegations',
  smtpUrl: process.env.SMTP_URL ?? 'smtp://127.0.0.1:1025',
  mailFrom: process.env.MAIL_FROM ?? 'Hệ thống đoàn học tập <no-reply@study-delegations.local>',
  publicBaseUrl: (process.env.PUBLIC_BASE_URL ?? 'http://localhost:3000').replace(/\/$/, ''),
  port: Number(process.env.PORT ?? 3000),
};
export type Config = typeof config;
