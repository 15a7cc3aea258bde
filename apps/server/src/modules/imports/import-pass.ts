import { setImmediate as nextTick } from 'node:timers/promises';
import type { ImportJob } from '@vinhdanh/contracts';
import { toSearchText } from '@vinhdanh/domain';
import type { DbOrTx } from '../../db/client.ts';
import { INSTRUCTIONS_SHEET, LISTS_SHEET } from '../../documents/xlsx/xlsx-templates.ts';
import { readXlsxRows, type SheetRow } from '../../documents/xlsx/xlsx-reader.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import type { ImportEnv, KindSpec, SheetSpec } from './kinds/kind.ts';
import {
  describeHeaderProblem,
  type HeaderMap,
  mapHeaders,
  type ParsedRow,
  parseRow,
  type RowError,
} from './row-parser.ts';
import { UnitDirectory } from './unit-directory.ts';

export const CHUNK_ROWS = 5000;
export const MAX_LISTED = 1000;

export type ImportCounts = ImportJob['counts'];
export type ImportChangeItem = ImportJob['changes'][number];

export interface PassResult {
  counts: ImportCounts;
  /** The first MAX_LISTED errors and changes; the counts cover every row. */
  errors: RowError[];
  changes: ImportChangeItem[];
  processedRows: number;
}

export interface PassOptions {
  kind: KindSpec;
  source: Buffer;
  q: DbOrTx;
  ctx: Ctx;
  /** Apply mode: writes each planned chunk while no row has failed; returns its audit events. */
  write?: (sheet: SheetSpec, env: ImportEnv, outcomes: Parameters<SheetSpec['write']>[1]) => Promise<void>;
  /** After each chunk (progress). */
  onProgress?: (processedRows: number) => Promise<void>;
  /** Once the first data sheet's header row is accepted. */
  onHeaders?: () => void;
}

const vnDate = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(d);

/** Reader errors (not a zip, not a workbook) are the file's fault, not the server's. */
async function* fileRows(source: Buffer): AsyncGenerator<SheetRow> {
  const it = readXlsxRows(source);
  for (;;) {
    let next: IteratorResult<SheetRow>;
    try {
      next = await it.next();
    } catch (err) {
      throw new AppError('IMPORT_INVALID_FILE', { reason: (err as Error).message });
    }
    if (next.done) return;
    yield next.value;
  }
}

function sheetFor(kind: KindSpec, name: string, used: Set<SheetSpec>): SheetSpec | null {
  const n = toSearchText(name);
  const named = kind.sheets.find((s) => toSearchText(s.name) === n);
  if (named) return named;
  // A one-sheet kind also takes the first other sheet, whatever it was renamed to.
  const skip = [INSTRUCTIONS_SHEET, LISTS_SHEET].map(toSearchText);
  if (kind.sheets.length === 1 && used.size === 0 && !skip.includes(n)) return kind.sheets[0]!;
  return null;
}

/**
 * One streaming pass over a workbook: headers checked, each row parsed, rows planned (and written, in
 * apply mode) a chunk at a time with set-based queries. Keys are remembered across chunks to catch
 * duplicates; nothing else of earlier chunks is kept beyond the capped lists.
 */
export async function runImportPass(o: PassOptions): Promise<PassResult> {
  const env: ImportEnv = {
    q: o.q,
    ctx: o.ctx,
    units: await UnitDirectory.load(o.q),
    seen: new Map(),
    today: vnDate(o.ctx.now),
    nowIso: o.ctx.now.toISOString(),
  };
  const counts: ImportCounts = { total: 0, create: 0, update: 0, unchanged: 0, errors: 0 };
  const errors: RowError[] = [];
  const changes: ImportChangeItem[] = [];
  const errorRows = new Set<string>();
  const used = new Set<SheetSpec>();
  let processed = 0;
  let sheet: SheetSpec | null = null;
  let sheetName = '';
  let headers: HeaderMap | null = null;
  let chunk: ParsedRow[] = [];

  const noteError = (e: RowError, sheetOf: string) => {
    const id = `${sheetOf}|${e.row}`;
    if (!errorRows.has(id)) {
      errorRows.add(id);
      counts.errors++;
    }
    if (errors.length < MAX_LISTED)
      errors.push(
        o.kind.sheets.length > 1 ? { ...e, message: `Trang "${sheetOf}", ${lower(e.message)}` } : e,
      );
  };
  const processChunk = async (spec: SheetSpec, sheetOf: string, rows: ParsedRow[]) => {
    const plan = await spec.plan(rows, env);
    for (const e of plan.errors) noteError(e, sheetOf);
    for (const out of plan.outcomes) {
      counts[out.action]++;
      if (out.action !== 'unchanged' && changes.length < MAX_LISTED)
        changes.push({
          row: out.row,
          action: out.action,
          key: out.key,
          ...(out.changes ? { changes: out.changes } : {}),
        });
    }
    if (o.write && counts.errors === 0) await o.write(spec, env, plan.outcomes);
    processed += rows.length;
    await o.onProgress?.(processed);
    await nextTick();
  };
  // One chunk is planned and written while the next one is parsed: the database works on one core while
  // the reader works on the other. Chunks still run one after another, in file order.
  let pipeline: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (!sheet || chunk.length === 0) return;
    const [spec, sheetOf, rows] = [sheet, sheetName, chunk];
    chunk = [];
    await pipeline;
    pipeline = processChunk(spec, sheetOf, rows);
    pipeline.catch(() => undefined);
  };

  try {
    for await (const r of fileRows(o.source)) {
      if (r.sheet !== sheetName) {
        await flush();
        sheetName = r.sheet;
        sheet = sheetFor(o.kind, r.sheet, used);
        headers = null;
        if (sheet) used.add(sheet);
      }
      if (!sheet) continue;
      if (!headers) {
        headers = mapHeaders(sheet.columns, r.cells);
        if (headers.missing.length || headers.unknown.length)
          throw new AppError(
            'IMPORT_WRONG_HEADERS',
            { sheet: r.sheet, missing: headers.missing, unknown: headers.unknown },
            describeHeaderProblem(r.sheet, headers),
          );
        if (used.size === 1) o.onHeaders?.();
        continue;
      }
      const parsed = parseRow(headers.positions, sheet.columns, r.cells, r.rowNumber);
      if (!parsed) continue;
      counts.total++;
      if (parsed.errors.length) {
        for (const e of parsed.errors) noteError(e, sheetName);
        processed++;
        continue;
      }
      chunk.push(parsed.parsed);
      if (chunk.length >= CHUNK_ROWS && !sheet.wholeFile) await flush();
    }
    await flush();
    await pipeline;
  } catch (err) {
    // Never leave a chunk running on a transaction that is about to roll back.
    await pipeline.catch(() => undefined);
    throw err;
  }
  if (used.size === 0)
    throw new AppError(
      'IMPORT_WRONG_HEADERS',
      { missingSheets: o.kind.sheets.map((s) => s.name) },
      `Tệp Excel không đúng mẫu: không có trang dữ liệu ${o.kind.sheets.map((s) => `"${s.name}"`).join(', ')}.`,
    );
  // Plans report their errors by chunk, after the parse errors of the same rows: put them back in row order.
  if (o.kind.sheets.length === 1) {
    errors.sort((a, b) => a.row - b.row);
    changes.sort((a, b) => a.row - b.row);
  }
  return { counts, errors, changes, processedRows: processed };
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
