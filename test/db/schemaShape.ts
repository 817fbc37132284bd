// One description of a relational schema that both sides are reduced to — what schema.prisma
// asks for and what PostgreSQL holds after the migrations — so they can be compared key by key.
// Names are database names (table, column, index and constraint names), not Prisma's.

export interface ColumnShape {
  /** As PostgreSQL's format_type() spells it, e.g. `timestamp(3) with time zone`, `text[]`. */
  type: string;
  nullable: boolean;
  /** Normalised: `now()`, `autoincrement()`, or the literal value; null when there is none. */
  default: string | null;
}

/** Primary keys and unique constraints are indexes too (Prisma creates them as such). */
export interface IndexShape {
  columns: string[];
  unique: boolean;
  primary: boolean;
}

export interface ForeignKeyShape {
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  /** Prisma's referential action names: Restrict, SetNull, Cascade, NoAction, SetDefault. */
  onDelete: string;
  onUpdate: string;
}

export interface TableShape {
  columns: Record<string, ColumnShape>;
  indexes: Record<string, IndexShape>;
  foreignKeys: Record<string, ForeignKeyShape>;
}

export type SchemaShape = Record<string, TableShape>;
