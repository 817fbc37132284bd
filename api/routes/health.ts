import { z } from 'zod';
import type { ApiDeps } from '../apiDeps';
import type { RouteSpec } from '../routeSpec';
import { outageRetryAfterSeconds } from '../unavailable';

const healthSchema = z.object({ database: z.boolean(), temporal: z.boolean() });

export function healthRoutes({ db, temporal }: ApiDeps): RouteSpec[] {
  return [
    {
      method: 'get',
      path: '/healthz',
      summary: '200 only when both Temporal and the database answer',
      tags: ['operations'],
      access: { public: true },
      responses: {
        200: { description: 'Healthy', schema: healthSchema },
        503: { description: 'A dependency does not answer', schema: healthSchema },
      },
      async handler(_req, res) {
        const [database, temporalUp] = await Promise.all([
          db.$queryRaw`SELECT 1`.then(
            () => true,
            () => false,
          ),
          temporal.workflowService.getSystemInfo({}).then(
            () => true,
            () => false,
          ),
        ]);
        // The same Retry-After as every other route answers during the outage.
        if (!database || !temporalUp) res.set('Retry-After', String(outageRetryAfterSeconds));
        res.status(database && temporalUp ? 200 : 503).json({ database, temporal: temporalUp });
      },
    },
  ];
}
