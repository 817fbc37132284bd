// The first line of defence against input the database cannot hold, for every route at once:
// mountRoutes puts these checks in front of each handler, so a new route is covered without
// doing anything. Each text (path parameter, query value, body field and key, at any depth) must
// be storable (storableText) and not longer than any field of the project takes; each number must
// be a number JavaScript holds exactly. Field-level limits stay with the schemas (vnText(300),
// policy bounds); these ceilings only keep the rest from ever reaching PostgreSQL or Temporal.
import type { Request, RequestHandler, Response } from 'express';
import type { RuleViolation } from '../domain/ruleViolation';
import { unstorableReason } from '../domain/storableText';
import { inputRefusedPageHtml } from './pages/inputRefusedPage';
import type { RouteSpec } from './routeSpec';
import { webLangOf } from './web/webLang';
import { zodViolations } from './zodViolations';

/** The longest text each part of a request may carry (characters). */
export const inputCeilings = {
  /** Ids and tokens: the longest is a 43-character link token. */
  path: 200,
  query: 2000,
  /** Above the longest field of every schema (a report's recommendations: 10 000, untrimmed). */
  body: 20_000,
} as const;

type InputPart = keyof typeof inputCeilings;

/** Violations listed at most: enough to name the fields, not a 1 MB answer to a 1 MB body. */
const maxListed = 20;

const refusal = (field: string, message: string, messageVi: string): RuleViolation => ({
  rule: 'R-INPUT',
  field,
  message,
  messageVi: `Trường ${field || '(nội dung)'} không hợp lệ: ${messageVi}`,
});

function textViolation(field: string, s: string, max: number): RuleViolation | undefined {
  const reason = unstorableReason(s);
  if (reason) return refusal(field, reason.message, reason.messageVi);
  if (s.length > max) {
    return refusal(field, `is longer than ${max} characters`, `dài quá ${max} ký tự`);
  }
  return undefined;
}

/** Every text and number of one part of the request that cannot be stored, by field path. */
export function unstorableIn(part: InputPart, value: unknown): RuleViolation[] {
  const max = inputCeilings[part];
  const found: RuleViolation[] = [];
  const walk = (v: unknown, path: string[]): void => {
    if (found.length >= maxListed) return;
    const field = path.join('.');
    if (typeof v === 'string') {
      const bad = textViolation(field, v, max);
      if (bad) found.push(bad);
    } else if (typeof v === 'number') {
      if (!Number.isFinite(v) || Math.abs(v) > Number.MAX_SAFE_INTEGER) {
        found.push(refusal(field, 'is out of range', 'nằm ngoài giới hạn cho phép'));
      }
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, [...path, String(i)]));
    } else if (v && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        // A key is stored too (a form's field names, a jsonb object's keys).
        const badKey = textViolation([...path, key].join('.'), key, inputCeilings.path);
        if (badKey) found.push(badKey);
        else walk(item, [...path, key]);
      }
    }
  };
  walk(value, []);
  return found.slice(0, maxListed);
}

/**
 * A route that people use in a browser answers with a page, the others with JSON; a route that
 * declares its own 422 answers in the form it declares.
 */
export function answersWithPages(spec: RouteSpec): boolean {
  const declared = spec.responses[422];
  if (declared) return declared.contentType === 'text/html';
  const formBody = spec.body?.contentType === 'application/x-www-form-urlencoded';
  const pages = Object.values(spec.responses).some((r) => r.contentType === 'text/html');
  return formBody || Boolean(spec.readBody) || pages || spec.tags.includes('web');
}

function refuse(spec: RouteSpec, req: Request, res: Response, errors: RuleViolation[]): void {
  if (answersWithPages(spec)) {
    res
      .status(422)
      .set('Cache-Control', 'no-store')
      .type('html')
      .send(inputRefusedPageHtml(errors, webLangOf(req)));
    return;
  }
  res.status(422).json({ errors });
}

/**
 * Path parameters and the query string, checked before the access guard: a scope looks the
 * record up by them (a NUL in `:id` would fail in PostgreSQL, not answer 404).
 */
export function storableAddressGuard(spec: RouteSpec): RequestHandler {
  return (req, res, next) => {
    const errors = [...unstorableIn('path', req.params), ...unstorableIn('query', req.query)];
    if (errors.length > 0) refuse(spec, req, res, errors);
    else next();
  };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The body's texts and numbers, checked before the access guard's scope reads them (an upload:
 * once it is read). A request without a body is read as `{}`, so it is refused by the same checks
 * as `{}`, listing every missing field.
 */
export function storableBodyGuard(spec: RouteSpec): RequestHandler {
  return (req, res, next) => {
    const body: unknown = req.body;
    if (body === undefined) {
      req.body = {};
      next();
      return;
    }
    const errors = unstorableIn('body', body);
    if (errors.length > 0) refuse(spec, req, res, errors);
    else next();
  };
}

/**
 * A declared body that is not an object (`[]`, `"text"`), refused with what `{}` lacks; after the
 * access guard, so a caller who may not use the route learns that first.
 */
export function objectBodyGuard(spec: RouteSpec): RequestHandler {
  return (req, res, next) => {
    const body: unknown = req.body;
    if (isPlainObject(body) || !spec.body) {
      next();
      return;
    }
    const missing = spec.body.schema.safeParse({});
    refuse(spec, req, res, [
      refusal('', 'the body must be an object', 'nội dung phải là một đối tượng JSON'),
      ...(missing.success ? [] : zodViolations(missing.error)),
    ]);
  };
}
