// Stopping the HTTP server without dropping the requests it is answering: new connections are
// refused at once, each request in flight is answered, and every answer from then on tells the
// client to close its connection, so a keep-alive client cannot go on sending requests on it.
// Only after that (or the bound) may the caller close the connections to Temporal and PostgreSQL
// that those requests use.
import type { Server, ServerResponse } from 'node:http';

/** How long requests in flight may take to finish before their connections are cut. */
export const drainBoundMs = 10_000;

export interface DrainableServer {
  /** Resolves when every connection has closed: 'drained', or 'cut' when the bound was reached. */
  drain(boundMs?: number): Promise<'drained' | 'cut'>;
}

export function drainable(server: Server): DrainableServer {
  const answering = new Set<ServerResponse>();
  let draining = false;
  const closeAfter = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('Connection', 'close');
  };
  // Before the app's own listener, so even an answer sent at once carries the header.
  server.prependListener('request', (_req, res: ServerResponse) => {
    if (draining) closeAfter(res);
    answering.add(res);
    res.once('close', () => answering.delete(res));
  });
  return {
    drain(boundMs = drainBoundMs) {
      draining = true;
      answering.forEach(closeAfter);
      return new Promise((resolve) => {
        let cut = false;
        const bound = setTimeout(() => {
          cut = true;
          server.closeAllConnections();
        }, boundMs);
        server.close(() => {
          clearTimeout(bound);
          resolve(cut ? 'cut' : 'drained');
        });
        // Keep-alive connections waiting for their next request: nothing to finish on them.
        server.closeIdleConnections();
      });
    },
  };
}
