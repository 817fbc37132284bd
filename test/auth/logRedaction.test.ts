// Tokens, keys and cookies never reach the logs, even when a request or credential is logged.
import { Writable } from 'node:stream';
import pino from 'pino';
import { logRedaction } from '../../api/logger';

test('credentials in a log line are redacted', () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const log = pino({ redact: logRedaction }, sink);
  log.info(
    {
      req: {
        headers: {
          cookie: 'sd_session=s3cr3t',
          authorization: 'Bearer sdk_k3y',
          'x-csrf-token': 'c5rf',
        },
      },
      token: 'l1nk',
      apiKey: { key: 'sdk_k3y2' },
      session: { token: 't0k3n', csrfToken: 'c5rf2' },
      route: '/a/:token',
    },
    'request',
  );
  const line = lines.join('');
  for (const secret of ['s3cr3t', 'sdk_k3y', 'c5rf', 'l1nk', 't0k3n'])
    expect(line).not.toContain(secret);
  expect(line).toContain('[redacted]');
  expect(line).toContain('/a/:token');
});
