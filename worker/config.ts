/** Runtime configuration from the environment, with the defaults the README lists. */
export function configFrom(env: NodeJS.ProcessEnv) {
  const port = Number(env.PORT ?? 3000);
  return {
    temporalAddress: env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
    temporalNamespace: env.TEMPORAL_NAMESPACE ?? 'default',
    taskQueue: env.TEMPORAL_TASK_QUEUE ?? 'delegations',
    smtpUrl: env.SMTP_URL ?? 'smtp://127.0.0.1:1025',
    mailFrom: env.MAIL_FROM ?? 'Hệ thống đoàn học tập <no-reply@study-delegations.local>',
    // Without PUBLIC_BASE_URL, links in emails point at this machine on the port the API listens
    // on: a PORT of its own must not leave every link on :3000.
    publicBaseUrl: (env.PUBLIC_BASE_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    port,
  };
}

export const config = configFrom(process.env);
export type Config = typeof config;
