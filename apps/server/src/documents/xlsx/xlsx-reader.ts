import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

/** What a cell can hold once formulas, rich text and hyperlinks are reduced to their shown value. */
export type CellValue = string | number | boolean | Date | null;

export interface SheetRow {
  sheet: string;
  /** 1-based, as Excel shows it. */
  rowNumber: number;
  /** cells[0] is column A. */
  cells: CellValue[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** An .xlsx is a zip archive: the name must end in .xlsx and the bytes must start with PK\x03\x04. */
export function looksLikeXlsx(fileName: string, head: Uint8Array): boolean {
  if (!/\.xlsx$/i.test(fileName.trim())) return false;
  return ZIP_MAGIC.every((b, i) => head[i] === b);
}

/** Reduces exceljs' cell value shapes to a plain value; error cells and empty text become null. */
export function plainCellValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText))
      return plainCellValue(v.richText.map((r) => r.text).join(''));
    if ('result' in v) return plainCellValue((v as { result?: ExcelJS.CellValue }).result);
    if ('text' in v && typeof (v as { text?: unknown }).text === 'string')
      return plainCellValue((v as { text: string }).text);
    if ('error' in v) return null;
  }
  return null;
}

/** Decodes UTF-8 across chunk boundaries (a multi-byte letter may be split between two chunks). */
async function* decodeUtf8(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks)
    yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  const tail = decoder.decode();
  if (tail) yield tail;
}

type Patchable = Record<string, (this: unknown, ...args: never[]) => unknown>;

/**
 * exceljs 4.4's streaming reader decodes each zip chunk on its own, so a Vietnamese letter falling on a
 * 64 KiB boundary turns into "N��". Every XML part is therefore handed to it already decoded.
 */
function decodeWholeCharacters(reader: ExcelJS.stream.xlsx.WorkbookReader): void {
  const r = reader as unknown as Patchable;
  for (const method of ['_parseSharedStrings', '_parseWorkbook', '_parseRels', '_parseStyles']) {
    const original = r[method]!;
    r[method] = function (this: unknown, entry: NodeJS.ReadableStream) {
      entry.setEncoding('utf8');
      return original.call(this, entry as never);
    };
  }
  const parseWorksheet = r._parseWorksheet!;
  r._parseWorksheet = function (this: unknown, iterator: AsyncIterable<Buffer>, sheetNo: string) {
    return parseWorksheet.call(this, decodeUtf8(iterator) as never, sheetNo as never);
  };
}

/** Below this size a workbook is read whole: simpler and sturdier than the streaming reader. */
export const STREAM_FROM_BYTES = 2 * 1024 * 1024;

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** The streaming reader ignores styles, so it sees dates as serial numbers: both paths answer alike. */
function asStreamed(v: CellValue): CellValue {
  return v instanceof Date ? (v.getTime() - EXCEL_EPOCH) / 86_400_000 : v;
}

async function* readWholeWorkbook(source: Buffer): AsyncGenerator<SheetRow> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(source as unknown as ArrayBuffer);
  for (const ws of wb.worksheets) {
    const rows: SheetRow[] = [];
    ws.eachRow((row) => {
      const values = row.values as ExcelJS.CellValue[];
      const cells: CellValue[] = [];
      for (let i = 1; i < values.length; i++) cells.push(asStreamed(plainCellValue(values[i])));
      rows.push({ sheet: ws.name, rowNumber: row.number, cells });
    });
    yield* rows;
  }
}

/**
 * Every row of every worksheet. Large workbooks are streamed: at most one zip entry and one row are held
 * at a time (sheets stored before the shared strings are spooled to temporary files by exceljs); small
 * ones (the everyday upload) are read whole.
 */
export async function* readXlsxRows(
  source: Buffer | string,
  { streamFromBytes = STREAM_FROM_BYTES }: { streamFromBytes?: number } = {},
): AsyncGenerator<SheetRow> {
  if (typeof source !== 'string' && source.length < streamFromBytes) {
    yield* readWholeWorkbook(source);
    return;
  }
  const input = typeof source === 'string' ? source : Readable.from([source]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles would only tell dates from numbers: date columns read Excel serial numbers themselves.
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  decodeWholeCharacters(reader);
  for await (const sheet of reader) {
    const name = (sheet as unknown as { name: string }).name;
    for await (const row of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
      const values = row.values as ExcelJS.CellValue[];
      const cells: CellValue[] = [];
      for (let i = 1; i < values.length; i++) cells.push(plainCellValue(values[i]));
      yield { sheet: name, rowNumber: row.number, cells };
    }
  }
}
