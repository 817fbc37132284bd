// A body shaped like a route's declared schema (its JSON Schema, as the OpenAPI document has it),
// and the path of each of its leaves: the poison test puts its poison in one leaf at a time.
import { z } from 'zod';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minimum?: number;
  default?: unknown;
};

export type LeafKind = 'string' | 'number' | 'other';
export interface Leaf {
  path: (string | number)[];
  kind: LeafKind;
}

export const jsonSchemaOf = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

/** The first alternative that is not `null`. */
function chosen(s: JsonSchema): JsonSchema {
  const alternatives = s.anyOf ?? s.oneOf ?? s.allOf;
  if (!alternatives) return s;
  return chosen(alternatives.find((a) => a.type !== 'null') ?? alternatives[0] ?? {});
}

const typeOf = (s: JsonSchema): string | undefined =>
  Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;

/** A plausible value: a date for a date, an address for an e-mail, the first of an enum. */
export function sampleOf(schema: JsonSchema): unknown {
  const s = chosen(schema);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  switch (typeOf(s)) {
    case 'object':
      return Object.fromEntries(
        Object.entries(s.properties ?? {}).map(([k, v]) => [k, sampleOf(v)]),
      );
    case 'array':
      return [sampleOf(s.items ?? {})];
    case 'integer':
    case 'number':
      return Math.max(1, s.minimum ?? 1);
    case 'boolean':
      return false;
    case 'string':
      if (s.format === 'date') return '2027-03-15';
      if (s.format === 'date-time') return '2027-03-15T08:00:00+07:00';
      if (s.format === 'email') return 'poison@example.com';
      return 'Nội dung thử';
    default:
      return 'Nội dung thử';
  }
}

export function leavesOf(schema: JsonSchema, path: (string | number)[] = []): Leaf[] {
  const s = chosen(schema);
  const type = typeOf(s);
  if (type === 'object' && s.properties) {
    return Object.entries(s.properties).flatMap(([k, v]) => leavesOf(v, [...path, k]));
  }
  if (type === 'array') return leavesOf(s.items ?? {}, [...path, 0]);
  if (path.length === 0) return [];
  if (type === 'string' || s.enum) return [{ path, kind: 'string' }];
  if (type === 'integer' || type === 'number') return [{ path, kind: 'number' }];
  return [{ path, kind: 'other' }];
}

/** `value` with the leaf at `path` replaced. */
export function withLeaf(value: unknown, path: (string | number)[], leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) {
    const copy = [...(value as unknown[])];
    copy[Number(head)] = withLeaf(copy[Number(head)], rest, leaf);
    return copy;
  }
  const obj = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  return { ...obj, [head]: withLeaf(obj[head], rest, leaf) };
}
