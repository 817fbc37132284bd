// What PostgreSQL actually holds in the current schema, read from pg_catalog, minus Prisma's own
// bookkeeping table. Takes a session rather than a URL so a test can look at uncommitted DDL.
import type { ClientBase } from 'pg';
import type { ColumnShape, ForeignKeyShape, IndexShape, SchemaShape } from './schemaShape';

const tablesSql = `
SELECT c.relname AS "table"
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
   AND c.relname <> '_prisma_migrations'`;

const columnsSql = `
SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS type,
       NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS "default"
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
 WHERE n.nspname = current_schema() AND a.attnum > 0 AND NOT a.attisdropped`;

const indexesSql = `
SELECT t.relname AS "table", i.relname AS name, ix.indisunique AS unique,
       ix.indisprimary AS primary, array_agg(a.attname::text ORDER BY k.ord) AS columns
  FROM pg_index ix
  JOIN pg_class i ON i.oid = ix.indexrelid
  JOIN pg_class t ON t.oid = ix.indrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
  CROSS JOIN LATERAL unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
  JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
 WHERE n.nspname = current_schema()
 GROUP BY t.relname, i.relname, ix.indisunique, ix.indisprimary`;

const foreignKeysSql = `
SELECT t.relname AS "table", con.conname AS name, r.relname AS "referencedTable",
       ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
              ORDER BY k.ord) AS columns,
       ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
              ORDER BY k.ord) AS "referencedColumns",
       con.confdeltype AS "onDelete", con.confupdtype AS "onUpdate"
  FROM pg_constraint con
  JOIN pg_class t ON t.oid = con.conrelid
  JOIN pg_class r ON r.oid = con.confrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
 WHERE con.contype = 'f' AND n.nspname = current_schema()`;

/** pg_constraint's action codes, by Prisma's names for them. */
const referentialActions: Record<string, string> = {
  a: 'NoAction',
  r: 'Restrict',
  c: 'Cascade',
  n: 'SetNull',
  d: 'SetDefault',
};

type Row<T> = T & { table: string };

export async function shapeFromDatabase(client: ClientBase): Promise<SchemaShape> {
  const shape: SchemaShape = {};
  const tables = await client.query<{ table: string }>(tablesSql);
  for (const { table } of tables.rows) shape[table] = { columns: {}, indexes: {}, foreignKeys: {} };

  const columns = await client.query<Row<ColumnShape & { column: string }>>(columnsSql);
  for (const { table, column, type, nullable, default: expr } of columns.rows) {
    const target = shape[table];
    if (target) target.columns[column] = { type, nullable, default: normaliseDefault(expr) };
  }

  const indexes = await client.query<Row<IndexShape & { name: string }>>(indexesSql);
  for (const { table, name, ...index } of indexes.rows) {
    const target = shape[table];
    if (target) target.indexes[name] = index;
  }

  const foreignKeys = await client.query<Row<ForeignKeyShape & { name: string }>>(foreignKeysSql);
  for (const { table, name, onDelete, onUpdate, ...key } of foreignKeys.rows) {
    const target = shape[table];
    if (target) {
      target.foreignKeys[name] = {
        ...key,
        onDelete: referentialActions[onDelete] ?? onDelete,
        onUpdate: referentialActions[onUpdate] ?? onUpdate,
      };
    }
  }
  return shape;
}

/** pg_get_expr's rendering, reduced to the notation of ColumnShape.default. */
function normaliseDefault(expr: string | null): string | null {
  if (expr === null) return null;
  if (expr.startsWith('nextval(')) return 'autoincrement()';
  if (expr === 'CURRENT_TIMESTAMP' || expr === 'now()') return 'now()';
  const literal = /^'((?:[^']|'')*)'::[\w ]+$/.exec(expr);
  return literal ? (literal[1] ?? '').replace(/''/g, "'") : expr;
}
