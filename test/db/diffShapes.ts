// Every disagreement between schema.prisma and the database, one sentence each, sorted: a test
// can assert the exact list, and an empty list means they agree.
import type { SchemaShape } from './schemaShape';

export function diffShapes(expected: SchemaShape, actual: SchemaShape): string[] {
  const out: string[] = [];
  compareKeyed('table ', expected, actual, out, (table, e, a) => {
    const compare = (kind: string) => (key: string, ev: object, av: object) =>
      compareProperties(`${kind} ${table}.${key}`, ev, av, out);
    compareKeyed(`column ${table}.`, e.columns, a.columns, out, compare('column'));
    compareKeyed(`index ${table}.`, e.indexes, a.indexes, out, compare('index'));
    compareKeyed(
      `foreign key ${table}.`,
      e.foreignKeys,
      a.foreignKeys,
      out,
      compare('foreign key'),
    );
  });
  return out.sort();
}

function compareKeyed<T>(
  label: string,
  expected: Record<string, T>,
  actual: Record<string, T>,
  out: string[],
  compare: (key: string, expected: T, actual: T) => void,
): void {
  for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    const e = expected[key];
    const a = actual[key];
    if (a === undefined) out.push(`${label}${key}: in schema.prisma, missing from the database`);
    else if (e === undefined) out.push(`${label}${key}: in the database, not in schema.prisma`);
    else compare(key, e, a);
  }
}

function compareProperties(label: string, expected: object, actual: object, out: string[]): void {
  const actualByName = new Map(Object.entries(actual));
  for (const [name, value] of Object.entries(expected)) {
    const want = JSON.stringify(value);
    const got = JSON.stringify(actualByName.get(name));
    if (want !== got)
      out.push(`${label}: ${name} is ${got} in the database, ${want} in schema.prisma`);
  }
}
