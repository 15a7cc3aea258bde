import type { Writable } from 'node:stream';
import { CATALOG, toSearchText } from '@vinhdanh/domain';
import { and, eq, inArray, like } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { person, unit } from '../../db/schema/index.ts';
import { looksLikeXlsx, readXlsxRows } from '../../documents/xlsx/xlsx-reader.ts';
import { type TemplateLayout, writeTemplateWorkbook } from '../../documents/xlsx/xlsx-templates.ts';
import { AppError } from '../../lib/app-error.ts';
import { type Column, dateColumn, idNumberColumn, textColumn } from '../imports/columns.ts';
import {
  describeHeaderProblem,
  mapHeaders,
  parseRow,
  type RowError,
  rowError,
} from '../imports/row-parser.ts';

const SHEET = 'Đăng ký';
const TITLES = CATALOG.filter((e) => e.category === 'title');
const columns: Column[] = [
  textColumn('unitCode', 'Mã đơn vị', {
    required: true,
    note: 'Mã của đơn vị (tập thể, hoặc nơi công tác của cá nhân).',
  }),
  idNumberColumn('idNumber', 'Số CCCD', { note: 'Để trống cả CCCD và họ tên: dòng đăng ký của tập thể.' }),
  textColumn('fullName', 'Họ và tên', { note: 'Khi không có CCCD: họ tên và ngày sinh.' }),
  dateColumn('birthDate', 'Ngày sinh'),
  textColumn('targets', 'Danh hiệu đăng ký', {
    required: true,
    width: 40,
    note: 'Mã hoặc tên danh hiệu, cách nhau bằng dấu ";" (ví dụ: LDTT; Chiến sĩ thi đua cơ sở).',
  }),
];

const layout: TemplateLayout = {
  title: 'Đăng ký thi đua',
  notes: [
    'Mỗi dòng là một tập thể hoặc một cá nhân. Danh hiệu: ' +
      TITLES.map((t) => `${t.code} (${t.name.vi})`).join(', '),
  ],
  sheets: [
    {
      name: SHEET,
      keyNote: 'Cá nhân được nhận ra theo số CCCD, nếu không có thì theo họ tên và ngày sinh trong đơn vị.',
      notes: [],
      columns: columns.map((c) => ({
        header: c.header,
        required: c.required,
        note: c.note,
        width: c.width,
        asText: c.asText,
      })),
    },
  ],
};

export const writeRegistrationTemplate = (out: Writable) =>
  writeTemplateWorkbook(out, layout).then(() => undefined);

const BY_NAME = new Map(
  TITLES.flatMap((t) => [
    [toSearchText(t.code), t.code],
    [toSearchText(t.name.vi), t.code],
  ]),
);

/** "LDTT; Chiến sĩ thi đua cơ sở" → ['LDTT', 'CSTDCS']; unknown names are returned as typed. */
export function parseTargets(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[;\n]+/)
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => BY_NAME.get(toSearchText(s)) ?? s),
    ),
  ];
}

export interface ImportedRow {
  row: number;
  unitId?: number;
  personId?: number;
  targets: string[];
}

/** Reads the grid file into rows naming existing units and people; every problem names its row and column. */
export async function readRegistrationFile(db: Db, fileName: string, bytes: Buffer): Promise<ImportedRow[]> {
  if (!looksLikeXlsx(fileName, bytes)) throw new AppError('IMPORT_INVALID_FILE', { field: 'file' });
  const errors: RowError[] = [];
  const parsed: { row: number; values: Record<string, unknown> }[] = [];
  let positions: ReturnType<typeof mapHeaders>['positions'] | null = null;
  try {
    for await (const r of readXlsxRows(bytes)) {
      if (r.sheet !== SHEET) continue;
      if (!positions) {
        const h = mapHeaders(columns, r.cells);
        if (h.missing.length) throw new AppError('IMPORT_WRONG_HEADERS', h, describeHeaderProblem(SHEET, h));
        positions = h.positions;
        continue;
      }
      const p = parseRow(positions, columns, r.cells, r.rowNumber);
      if (!p) continue;
      errors.push(...p.errors);
      parsed.push(p.parsed);
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('IMPORT_INVALID_FILE', { field: 'file' });
  }
  if (!positions)
    throw new AppError('IMPORT_WRONG_HEADERS', { sheet: SHEET }, `Tệp không có trang "${SHEET}".`);
  const codes = [...new Set(parsed.map((p) => String(p.values.unitCode ?? '')))];
  const units = codes.length
    ? await db
        .select({ id: unit.id, code: unit.code, path: unit.path })
        .from(unit)
        .where(inArray(unit.code, codes))
    : [];
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const out: ImportedRow[] = [];
  for (const { row, values: v } of parsed) {
    const u = unitByCode.get(String(v.unitCode ?? ''));
    if (!u) {
      errors.push(rowError(row, 'Mã đơn vị', `không có đơn vị mã "${v.unitCode}"`));
      continue;
    }
    const targets = parseTargets(String(v.targets ?? ''));
    if (!v.idNumber && !v.fullName) {
      out.push({ row, unitId: u.id, targets });
      continue;
    }
    const who = v.idNumber
      ? eq(person.idNumber, String(v.idNumber))
      : and(
          eq(person.searchName, toSearchText(String(v.fullName))),
          v.birthDate ? eq(person.birthDate, String(v.birthDate)) : undefined,
          like(person.unitPath, `${u.path}%`),
        );
    const found = await db.select({ id: person.id }).from(person).where(who).limit(2);
    if (found.length !== 1)
      errors.push(
        rowError(
          row,
          v.idNumber ? 'Số CCCD' : 'Họ và tên',
          found.length ? 'trùng nhiều người, hãy ghi số CCCD' : 'không tìm thấy cá nhân',
        ),
      );
    else out.push({ row, personId: found[0]!.id, targets });
  }
  if (errors.length)
    throw new AppError(
      'IMPORT_HAS_ERRORS',
      { errors: errors.slice(0, 200) },
      `${errors[0]!.message} (${errors.length} lỗi).`,
    );
  return out;
}
