import { toSearchText } from '@vinhdanh/domain';
import type { CellValue } from '../../documents/xlsx/xlsx-reader.ts';
import type { Column } from './columns.ts';

export interface RowError {
  row: number;
  column: string | null;
  message: string;
}

/** "Dòng 7, cột Ngày sinh: ngày không hợp lệ …": the row as Excel numbers it, the column by its header. */
export function rowError(row: number, column: string | null, detail: string): RowError {
  return {
    row,
    column,
    message: column ? `Dòng ${row}, cột ${column}: ${detail}` : `Dòng ${row}: ${detail}`,
  };
}

/** Headers compare without accents, case, extra spaces or the "*" that marks a required column. */
export const normalizeHeader = (h: unknown) => toSearchText(String(h ?? '').replace(/\*/g, ' '));

export interface HeaderMap {
  /** positions[i] is the column read from cell i (null: ignored). */
  positions: (Column | null)[];
  missing: string[];
  unknown: string[];
}

export function mapHeaders(columns: Column[], cells: CellValue[]): HeaderMap {
  const byName = new Map(columns.map((c) => [normalizeHeader(c.header), c]));
  const used = new Set<Column>();
  const unknown: string[] = [];
  const positions = cells.map((cell) => {
    if (cell === null || String(cell).trim() === '') return null;
    const col = byName.get(normalizeHeader(cell));
    if (!col || used.has(col)) {
      unknown.push(String(cell).trim() + (col ? ' (trùng)' : ''));
      return null;
    }
    used.add(col);
    return col;
  });
  const missing = columns.filter((c) => !c.info && !used.has(c)).map((c) => c.header);
  return { positions, missing, unknown };
}

export function describeHeaderProblem(sheet: string, h: Pick<HeaderMap, 'missing' | 'unknown'>): string {
  const parts: string[] = [];
  if (h.missing.length) parts.push(`thiếu cột ${h.missing.map((m) => `"${m}"`).join(', ')}`);
  if (h.unknown.length) parts.push(`cột không có trong mẫu ${h.unknown.map((m) => `"${m}"`).join(', ')}`);
  return `Tệp Excel không đúng mẫu (trang "${sheet}"): ${parts.join('; ')}.`;
}

export interface ParsedRow {
  row: number;
  values: Record<string, unknown>;
}

/** Reads one data row; null for a blank row. Cell errors are collected, not thrown. */
export function parseRow(
  positions: (Column | null)[],
  columns: Column[],
  cells: CellValue[],
  row: number,
): { parsed: ParsedRow; errors: RowError[] } | null {
  if (cells.every((c) => c === null)) return null;
  const values: Record<string, unknown> = {};
  for (const c of columns) values[c.key] = null;
  const errors: RowError[] = [];
  positions.forEach((col, i) => {
    if (!col || col.info) return;
    const result = col.parse(cells[i] ?? null);
    if (result.ok) values[col.key] = result.value;
    else errors.push(rowError(row, col.header, result.message));
  });
  for (const col of columns) {
    if (col.required && !col.info && values[col.key] === null && !errors.some((e) => e.column === col.header))
      errors.push(rowError(row, col.header, 'bắt buộc, không được để trống'));
  }
  return { parsed: { row, values }, errors };
}

/** Field → { from, to } for the columns whose value differs, shown as in a cell. */
export function diffValues(
  columns: Column[],
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, { from: unknown; to: unknown }> | null {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const c of columns) {
    if (c.info || !(c.key in after)) continue;
    const from = before[c.key] ?? null;
    const to = after[c.key] ?? null;
    if (from === to) continue;
    changes[c.header] = { from: c.show(from as never), to: c.show(to as never) };
  }
  return Object.keys(changes).length ? changes : null;
}
