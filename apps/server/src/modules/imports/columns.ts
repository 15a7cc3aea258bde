import { formatViDate, parseViDate, toSearchText } from '@vinhdanh/domain';
import type { CellValue } from '../../documents/xlsx/xlsx-reader.ts';

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; message: string };

/** A labelled enum from contracts: its codes and their Vietnamese labels. */
export interface EnumList {
  values: readonly string[];
  vi: Record<string, string>;
}

/** One column of a template: its Vietnamese header, how a cell is read, how a value is shown. */
export interface Column<T = unknown> {
  key: string;
  header: string;
  required: boolean;
  /** Shown in exports to help the reader, ignored on import; the header may be absent. */
  info?: boolean;
  /** The instruction sheet's description of the column. */
  note: string;
  /** Dropdown of allowed values (their Vietnamese labels). */
  list?: EnumList;
  /** Stored as text so Excel keeps leading zeros and does not turn dates into numbers. */
  asText?: boolean;
  width?: number;
  parse(cell: CellValue): Parsed<T>;
  /** The value as written in a cell (exports) and in the preview's change list. */
  show(value: T | null): string | number | null;
}

interface ColumnOpts {
  required?: boolean;
  note?: string;
  width?: number;
}

const cellText = (cell: CellValue): string => {
  if (cell instanceof Date) return formatViDate(cell.toISOString());
  return String(cell).trim();
};
const ok = <T>(value: T | null): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

function base<T>(
  key: string,
  header: string,
  o: ColumnOpts,
  rest: Pick<Column<T>, 'parse' | 'show'> & Partial<Column<T>>,
): Column<T> {
  return { key, header, required: o.required ?? false, note: o.note ?? '', width: o.width, ...rest };
}

/** Free text, whitespace collapsed; `max` characters at most. */
export function textColumn(
  key: string,
  header: string,
  o: ColumnOpts & { max?: number; min?: number; transform?: (s: string) => string } = {},
): Column<string> {
  const max = o.max ?? 300;
  return base(key, header, o, {
    width: o.width ?? 24,
    asText: true,
    parse(cell) {
      if (cell === null) return ok(null);
      const s = cellText(cell).replace(/\s+/g, ' ');
      if (s === '') return ok(null);
      if (s.length > max) return fail(`dài quá ${max} ký tự`);
      if (o.min && s.length < o.min) return fail(`phải có ít nhất ${o.min} ký tự`);
      return ok(o.transform ? o.transform(s) : s);
    },
    show: (v) => v,
  });
}

/** A code (unit code, award code): no spaces inside, compared upper-case. */
export function codeColumn(
  key: string,
  header: string,
  o: ColumnOpts & { max?: number } = {},
): Column<string> {
  const max = o.max ?? 50;
  return base(key, header, o, {
    width: o.width ?? 16,
    asText: true,
    parse(cell) {
      if (cell === null) return ok(null);
      const s = cellText(cell).toUpperCase();
      if (s === '') return ok(null);
      if (s.length > max || /\s/.test(s))
        return fail(`mã không hợp lệ '${s}' (không chứa dấu cách, tối đa ${max} ký tự)`);
      return ok(s);
    },
    show: (v) => v,
  });
}

/** Converts an Excel serial day number (1900 date system) to an ISO date. */
function serialToIso(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 2958465) return null;
  return new Date(Date.UTC(1899, 11, 30) + n * 86_400_000).toISOString().slice(0, 10);
}

/** dd/MM/yyyy text; a real Excel date cell or serial number is accepted too. Value: ISO YYYY-MM-DD. */
export function dateColumn(key: string, header: string, o: ColumnOpts = {}): Column<string> {
  return base(
    key,
    header,
    { note: 'Ngày theo định dạng dd/MM/yyyy, ví dụ 05/01/1990.', ...o },
    {
      width: o.width ?? 14,
      asText: true,
      parse(cell) {
        if (cell === null) return ok(null);
        if (cell instanceof Date) return ok(cell.toISOString().slice(0, 10));
        const iso = typeof cell === 'number' ? serialToIso(cell) : parseViDate(String(cell));
        return iso ? ok(iso) : fail(`ngày không hợp lệ '${cellText(cell)}' (định dạng dd/MM/yyyy)`);
      },
      show: (v) => (v ? formatViDate(v) : null),
    },
  );
}

/** One of an enum's values, written as its code or its Vietnamese label (case and accents ignored). */
export function enumColumn(key: string, header: string, list: EnumList, o: ColumnOpts = {}): Column<string> {
  const lookup = new Map<string, string>();
  for (const code of list.values) {
    lookup.set(toSearchText(code), code);
    lookup.set(toSearchText(list.vi[code] ?? code), code);
  }
  const allowed = list.values.map((c) => list.vi[c]).join('; ');
  return base(key, header, o, {
    list,
    width: o.width ?? 26,
    parse(cell) {
      if (cell === null) return ok(null);
      const s = cellText(cell);
      if (s === '') return ok(null);
      const code = lookup.get(toSearchText(s));
      return code ? ok(code) : fail(`giá trị không hợp lệ '${s}' (chọn một trong: ${allowed})`);
    },
    show: (v) => (v ? (list.vi[v] ?? v) : null),
  });
}

/** CCCD: exactly 12 digits. A number cell that lost its leading zeros (10–11 digits) is padded back. */
export function idNumberColumn(key: string, header: string, o: ColumnOpts = {}): Column<string> {
  return base(
    key,
    header,
    { note: 'Số căn cước công dân: đúng 12 chữ số.', ...o },
    {
      width: o.width ?? 16,
      asText: true,
      parse(cell) {
        if (cell === null) return ok(null);
        let s =
          typeof cell === 'number' && Number.isInteger(cell)
            ? String(cell)
            : cellText(cell).replace(/[\s.]/g, '');
        if (typeof cell === 'number' && s.length >= 10 && s.length < 12) s = s.padStart(12, '0');
        if (s === '') return ok(null);
        return /^\d{12}$/.test(s) ? ok(s) : fail(`số CCCD '${cellText(cell)}' phải gồm đúng 12 chữ số`);
      },
      show: (v) => v,
    },
  );
}

export function yearColumn(key: string, header: string, o: ColumnOpts = {}): Column<number> {
  return base(
    key,
    header,
    { note: 'Năm, 4 chữ số (1975–2100).', ...o },
    {
      width: o.width ?? 8,
      parse(cell) {
        if (cell === null) return ok(null);
        const n =
          typeof cell === 'number'
            ? cell
            : /^\s*\d{4}\s*$/.test(cellText(cell))
              ? Number(cellText(cell))
              : Number.NaN;
        if (!Number.isInteger(n) || n < 1975 || n > 2100)
          return fail(`năm không hợp lệ '${cellText(cell)}' (1975–2100)`);
        return ok(n);
      },
      show: (v) => v,
    },
  );
}

const YES = new Set(['co', 'x', '1', 'true', 'yes', 'c']);
const NO = new Set(['khong', '0', 'false', 'no', 'k']);
export const yesNoList: EnumList = { values: ['Có', 'Không'], vi: { Có: 'Có', Không: 'Không' } };

/** Có / Không (also x, 1/0, TRUE/FALSE). An empty cell is "Không". */
export function yesNoColumn(key: string, header: string, o: ColumnOpts = {}): Column<boolean> {
  return base(
    key,
    header,
    { note: 'Có hoặc Không (để trống là Không).', ...o },
    {
      list: yesNoList,
      width: o.width ?? 12,
      parse(cell) {
        if (cell === null) return ok(false);
        if (typeof cell === 'boolean') return ok(cell);
        const s = toSearchText(cellText(cell));
        if (s === '' || NO.has(s)) return ok(false);
        if (YES.has(s)) return ok(true);
        return fail(`giá trị không hợp lệ '${cellText(cell)}' (Có hoặc Không)`);
      },
      show: (v) => (v ? 'Có' : 'Không'),
    },
  );
}
