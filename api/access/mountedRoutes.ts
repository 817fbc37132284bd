// What Express actually serves, read from its router: lets start-up and the access test prove
// that every mounted route went through mountRoutes and so carries an access guard.
import type { Express } from 'express';
import { isAccessGuard } from './guard';

export interface MountedRoute {
  method: string;
  path: string;
  guarded: boolean;
}

/** The parts of Express's router internals read here (they have no public types). */
interface Layer {
  route?: { path: string; methods: Record<string, boolean>; stack: { handle: unknown }[] };
  handle?: { stack?: Layer[] };
}

function routesIn(stack: Layer[]): MountedRoute[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      const { path, methods, stack: handlers } = layer.route;
      const guarded = handlers.some((h) => isAccessGuard(h.handle));
      return Object.keys(methods).map((method) => ({ method, path, guarded }));
    }
    return layer.handle?.stack ? routesIn(layer.handle.stack) : [];
  });
}

export function mountedRoutes(app: Express): MountedRoute[] {
  // Express 5 exposes its root router as `app.router`; its layers are internal, hence the cast.
  const root = (app as unknown as { router: { stack: Layer[] } }).router;
  return routesIn(root.stack);
}
