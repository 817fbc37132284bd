import { z } from 'zod';
import { sessionCookieName } from './access/sessionCookie';
import { commonAnswers } from './commonAnswers';
import type { ResponseSpec, RouteSpec } from './routeSpec';

const jsonSchema = (s: z.ZodType) =>
  z.toJSONSchema(s, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });

/** A route that counts in a rate limit can answer 429 before its handler runs (rateLimits.ts). */
const rateLimitAnswer = (s: RouteSpec): Record<number, ResponseSpec> =>
  s.rateLimit
    ? {
        429: {
          description: 'Too many requests from this address; RateLimit headers say when to retry',
          schema: z.object({ error: z.literal('TooManyRequests'), message: z.string() }),
        },
      }
    : {};

/** OpenAPI 3.1 (whose schemas are JSON Schema 2020-12, as zod emits them) for every route. */
export function openApiDocument(specs: RouteSpec[], serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const s of specs) {
    const oaPath = s.path.replace(/:(\w+)/g, '{$1}');
    const params = [...s.path.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const queryParams = s.query
      ? Object.entries(s.query.shape).map(([name, schema]) => ({
          name,
          in: 'query',
          required: false,
          schema: jsonSchema(schema as z.ZodType),
        }))
      : [];
    paths[oaPath] ??= {};
    paths[oaPath][s.method] = {
      summary: s.summary,
      tags: s.tags,
      // Who may call it, as declared next to the route (RouteSpec.access).
      ...('public' in s.access
        ? { security: [] }
        : {
            security: [{ bearer: [] }, { session: [] }],
            'x-roles': 'roles' in s.access ? s.access.roles : 'any signed-in caller',
          }),
      parameters: [...params, ...queryParams],
      ...(s.body
        ? {
            requestBody: {
              required: true,
              content: {
                [s.body.contentType ?? 'application/json']: { schema: jsonSchema(s.body.schema) },
              },
            },
          }
        : {}),
      responses: Object.fromEntries(
        Object.entries({ ...commonAnswers(s), ...rateLimitAnswer(s), ...s.responses }).map(
          ([code, r]) => [
            code,
            {
              description: r.description,
              ...(r.schema || r.contentType
                ? {
                    content: {
                      [r.contentType ?? 'application/json']: r.schema
                        ? { schema: jsonSchema(r.schema) }
                        : {},
                    },
                  }
                : {}),
            },
          ],
        ),
      ),
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Study delegations API (Đoàn đi học tập ngoài tỉnh)', version: '0.1.0' },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'An API key (sdk_…)' },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: sessionCookieName,
          description: 'Set by signing in; requests that change state also send X-CSRF-Token',
        },
      },
    },
    paths,
  };
}
