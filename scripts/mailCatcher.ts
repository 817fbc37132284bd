import path from 'node:path';
import { startChild, waitForPort, type ChildOptions, type RunningChild } from './childProcess';

export interface MailCatcher extends RunningChild {
  smtpUrl: string;
  inboxUrl: string;
}

/** MailDev: a real SMTP server that keeps every message, with a web inbox and a REST API. */
export async function startMailCatcher(
  smtpPort: number,
  webPort: number,
  log: (l: string) => void,
  options: ChildOptions = {},
): Promise<MailCatcher> {
  const bin = path.resolve(__dirname, '../node_modules/maildev/dist/bin/maildev.js');
  const child = startChild(
    'mail',
    process.execPath,
    [
      bin,
      '--smtp',
      String(smtpPort),
      '--web',
      String(webPort),
      '--ip',
      '127.0.0.1',
      '--web-ip',
      '127.0.0.1',
      '--silent',
    ],
    log,
    options,
  );
  await waitForPort('127.0.0.1', smtpPort);
  await waitForPort('127.0.0.1', webPort);
  return {
    ...child,
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    inboxUrl: `http://127.0.0.1:${webPort}`,
  };
}
