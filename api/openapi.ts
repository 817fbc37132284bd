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

/** The refusal of the route's scope (a missing or out-of-reach record), answered before its handler. */
const scopeAnswer = (s: RouteSpec): Record<number, ResponseSpec> => {
  const scope = 'roles' in s.access ? s.access.scope : undefined;
  return scope ? { [scope.refusal.status]: scope.refusal } : {};
};

/**
 * One status can be answered by more than one source in different forms: the access guard's
 * JSON 403 and a page's HTML 403, a scope's JSON 422 and a form page's, the request-wide input
 * check's R-INPUT errors and a route's own refusal. Each content type is documented with every
 * body it can carry; the route's own description leads.
 */
function responsesOf(sources: Record<number, ResponseSpec>[]) {
  const byStatus = new Map<string, ResponseSpec[]>();
  for (const answers of sources) {
    for (const [code, r] of Object.entries(answers))
      byStatus.set(code, [...(byStatus.get(code) ?? []), r]);
  }
  return Object.fromEntries(
    [...byStatus].map(([code, answers]) => {
      // Bodies of one content type from several sources: the document admits any of them.
      const schemas = new Map<string, z.ZodType[]>();
      for (const r of answers) {
        if (!r.schema && !r.contentType) continue;
        const type = r.contentType ?? 'application/json';
        schemas.set(type, [...(schemas.get(type) ?? []), ...(r.schema ? [r.schema] : [])]);
      }
      const content = Object.fromEntries(
        [...schemas].map(([type, [first, ...more]]) => [
          type,
          first ? { schema: jsonSchema(more.length ? z.union([first, ...more]) : first) } : {},
        ]),
      );
      const descriptions = [...new Set(answers.map((r) => r.description).reverse())];
      return [
        code,
        {
          description: descriptions.join('; or: '),
          ...(Object.keys(content).length > 0 ? { content } : {}),
        },
      ];
    }),
  );
}

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
      responses: responsesOf([commonAnswers(s), scopeAnswer(s), rateLimitAnswer(s), s.responses]),
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
