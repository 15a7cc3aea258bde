import type { ImportKind } from '@vinhdanh/contracts';
import type { SQL } from 'drizzle-orm';
import type { AuditInput } from '../../../audit/audit.repository.ts';
import type { DbOrTx } from '../../../db/client.ts';
import type { Ctx } from '../../../lib/context.ts';
import type { Column } from '../columns.ts';
import { rowError, type ParsedRow, type RowError } from '../row-parser.ts';
import type { UnitDirectory } from '../unit-directory.ts';

export type Action = 'create' | 'update' | 'unchanged';

/** What planning decided for one valid row; `write` carries what the writer needs (ids resolved). */
export interface Outcome<W = unknown> {
  row: number;
  key: string;
  action: Action;
  changes?: Record<string, { from: unknown; to: unknown }>;
  write?: W;
}

export interface PlanResult<W = unknown> {
  outcomes: Outcome<W>[];
  errors: RowError[];
}

/** Shared by the chunks of one pass over a file. */
export interface ImportEnv {
  q: DbOrTx;
  ctx: Ctx;
  units: UnitDirectory;
  /** Natural keys met so far in the file → the row that first used them. */
  seen: Map<string, number>;
  /** Business date (Vietnam) of the import: opening date of new memberships. */
  today: string;
  nowIso: string;
}

/** Where an export reads from: unit-path prefixes (the actor's scope, narrowed to a subtree). */
export interface ExportScope {
  paths: string[];
  /** SQL condition on a unit-path column. */
  on(column: SQL): SQL;
}

/** One data sheet of a template: columns, natural key, set-based lookup and set-based writes. */
export interface SheetSpec<W = unknown> {
  name: string;
  keyNote: string;
  notes?: string[];
  columns: Column[];
  /** Plan all rows together (units: a parent may come after its child). */
  wholeFile?: boolean;
  plan(rows: ParsedRow[], env: ImportEnv): Promise<PlanResult<W>>;
  write(env: ImportEnv, outcomes: Outcome<W>[]): Promise<AuditInput[]>;
  /** Pages of rows (column key → value) for an export. */
  exportRows(q: DbOrTx, scope: ExportScope): AsyncGenerator<Record<string, unknown>[]>;
}

export interface KindSpec {
  kind: ImportKind;
  title: string;
  sheets: SheetSpec[];
  notes: string[];
}

/** Marks a natural key as used by `row`; answers the error when an earlier row already used it. */
export function claimKey(env: ImportEnv, key: string, row: number, what = 'dòng'): RowError | null {
  const first = env.seen.get(key);
  if (first !== undefined) return rowError(row, null, `trùng khóa với ${what} ${first} trong tệp`);
  env.seen.set(key, row);
  return null;
}

/** Rows of `size` at a time. */
export function* inChunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
