// Stopping the API's HTTP server (api/httpDrain.ts, used on SIGTERM by api/main.ts and npm start):
// new connections are refused at once, a request in flight is answered (and told to close its
// connection), an idle keep-alive connection is closed, and only then does the drain end; a
// request that does not finish within the bound has its connection cut.
import http, { type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { drainable } from '../../api/httpDrain';

interface Answer {
  status: number;
  connection: string | undefined;
}

function get(port: number, path: string, agent: http.Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, agent }, (res: IncomingMessage) => {
      res.resume();
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }),
      );
    });
    req.on('error', reject);
  });
}

async function listening(): Promise<{ server: Server; port: number }> {
  const server = http.createServer((req, res) => {
    if (req.url === '/slow') setTimeout(() => res.end('slow'), 800);
    else if (req.url === '/hang') return;
    else res.end('fast');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { server, port: (server.address() as AddressInfo).port };
}

test('a request in flight is answered with Connection: close; idle keep-alive connections close; new ones are refused', async () => {
  const { server, port } = await listening();
  const http$ = drainable(server);
  const idle = new http.Agent({ keepAlive: true });
  const busy = new http.Agent({ keepAlive: true });
  // A keep-alive connection left open and idle, as a browser leaves one.
  expect((await get(port, '/fast', idle)).connection).toBe('keep-alive');
  const slow = get(port, '/slow', busy);
  await new Promise((r) => setTimeout(r, 100));

  const started = Date.now();
  const drained = http$.drain(5_000);
  await expect(get(port, '/fast', new http.Agent())).rejects.toMatchObject({
    code: 'ECONNREFUSED',
  });
  expect(await slow).toEqual({ status: 200, connection: 'close' });
  // Ends only when every connection closed (the idle one included), well before the bound.
  expect(await drained).toBe('drained');
  expect(Date.now() - started).toBeLessThan(3_000);
  idle.destroy();
  busy.destroy();
});

test('a request that outlasts the bound has its connection cut, and the drain ends at the bound', async () => {
  const { server, port } = await listening();
  const http$ = drainable(server);
  const hung = get(port, '/hang', new http.Agent({ keepAlive: true }));
  await new Promise((r) => setTimeout(r, 100));
  const started = Date.now();
  expect(await http$.drain(300)).toBe('cut');
  expect(Date.now() - started).toBeLessThan(2_000);
  await expect(hung).rejects.toMatchObject({ code: 'ECONNRESET' });
});
