// What schema.prisma asks of PostgreSQL. The models come from the DMMF of Prisma's own schema
// parser (@prisma/prisma-schema-wasm, the build the CLI embeds; it needs no engine binary) and
// are translated by the rules Prisma Migrate follows on PostgreSQL: its default constraint
// names, its column types, its default referential actions.
import { get_dmmf } from '@prisma/prisma-schema-wasm';
import type { ColumnShape, SchemaShape, TableShape } from './schemaShape';

/** The part of the DMMF this reads (its types live in @prisma/dmmf, not a dependency). */
interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported';
  isList: boolean;
  isRequired: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  type: string;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}

interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}

interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  dbName?: string | null;
  fields: { name: string }[];
}

interface Dmmf {
  datamodel: { models: DmmfModel[]; indexes: DmmfIndex[] };
}

export function shapeFromPrisma(schemaText: string): SchemaShape {
  const params = JSON.stringify({ prismaSchema: [['schema.prisma', schemaText]] });
  // get_dmmf returns the DMMF as JSON text, in the shape declared above.
  const { datamodel } = JSON.parse(get_dmmf(params)) as Dmmf;
  const models = new Map(datamodel.models.map((m) => [m.name, m]));
  const shape: SchemaShape = {};
  for (const model of datamodel.models) {
    const indexes = datamodel.indexes.filter((i) => i.model === model.name);
    shape[tableName(model)] = tableShape(model, indexes, models);
  }
  return shape;
}

function tableName(model: DmmfModel): string {
  return model.dbName ?? model.name;
}

function columnName(model: DmmfModel, fieldName: string): string {
  const field = model.fields.find((f) => f.name === fieldName);
  if (!field) throw new Error(`${model.name} has no field ${fieldName}`);
  return field.dbName ?? field.name;
}

function tableShape(
  model: DmmfModel,
  indexes: DmmfIndex[],
  models: Map<string, DmmfModel>,
): TableShape {
  const table = tableName(model);
  const shape: TableShape = { columns: {}, indexes: {}, foreignKeys: {} };

  for (const field of model.fields.filter((f) => f.kind !== 'object')) {
    shape.columns[field.dbName ?? field.name] = columnShape(model, field);
  }

  const suffixes = { id: '_pkey', unique: '_key', normal: '_idx' } as const;
  for (const index of indexes) {
    if (index.type === 'fulltext') throw new Error(`${model.name}: fulltext indexes not handled`);
    const columns = index.fields.map((f) => columnName(model, f.name));
    const defaultName =
      index.type === 'id'
        ? `${table}_pkey`
        : `${table}_${columns.join('_')}${suffixes[index.type]}`;
    shape.indexes[index.dbName ?? defaultName] = {
      columns,
      unique: index.type !== 'normal',
      primary: index.type === 'id',
    };
  }

  for (const field of model.fields) {
    if (field.kind !== 'object' || !field.relationFromFields?.length) continue;
    const target = models.get(field.type);
    if (!target) throw new Error(`${model.name}.${field.name}: no model ${field.type}`);
    const columns = field.relationFromFields.map((f) => columnName(model, f));
    shape.foreignKeys[`${table}_${columns.join('_')}_fkey`] = {
      columns,
      referencedTable: tableName(target),
      referencedColumns: (field.relationToFields ?? []).map((f) => columnName(target, f)),
      // Prisma's defaults when the schema names none: a required relation restricts deletes,
      // an optional one sets the reference to NULL; key updates cascade.
      onDelete: field.relationOnDelete ?? (field.isRequired ? 'Restrict' : 'SetNull'),
      onUpdate: field.relationOnUpdate ?? 'Cascade',
    };
  }
  return shape;
}

/** Prisma's column type for each scalar without @db — the ones this schema uses. */
const defaultTypes: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Boolean: 'boolean',
  DateTime: 'timestamp(3) without time zone',
  Json: 'jsonb',
  Bytes: 'bytea',
};

/** The @db types this schema uses, spelled as PostgreSQL's format_type() spells them. */
const nativeTypes: Record<string, (args: string[]) => string> = {
  Timestamptz: ([precision]) =>
    precision === undefined ? 'timestamp with time zone' : `timestamp(${precision}) with time zone`,
  Date: () => 'date',
};

function columnShape(model: DmmfModel, field: DmmfField): ColumnShape {
  const native = field.nativeType;
  const type = native ? nativeTypes[native[0]]?.(native[1]) : defaultTypes[field.type];
  if (field.kind !== 'scalar' || type === undefined) {
    throw new Error(
      `${model.name}.${field.name}: no PostgreSQL type known for ${field.kind} ${field.type}` +
        `${native ? ` @db.${native[0]}` : ''}; add it to test/db/shapeFromPrisma.ts`,
    );
  }
  return {
    type: field.isList ? `${type}[]` : type,
    // Prisma creates list columns without NOT NULL even though the field is required.
    nullable: !field.isRequired || field.isList,
    default: columnDefault(model, field),
  };
}

/** Defaults Prisma Client computes itself: nothing of them reaches the database. */
const clientSideDefaults = new Set(['uuid', 'cuid', 'nanoid', 'ulid']);

function columnDefault(model: DmmfModel, field: DmmfField): string | null {
  if (!field.hasDefaultValue) return null;
  const value = field.default;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  const fn = (value as { name?: unknown } | null)?.name;
  if (typeof fn === 'string' && clientSideDefaults.has(fn)) return null;
  if (fn === 'now' || fn === 'autoincrement') return `${fn}()`;
  throw new Error(`${model.name}.${field.name}: default ${JSON.stringify(value)} not handled`);
}
