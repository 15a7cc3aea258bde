/**
 * Danh sách đề nghị khen thưởng: the list attached to the Tờ trình, as a spreadsheet the council's
 * secretariat can sort and annotate. Dates are dd/MM/yyyy text, so no time zone or locale moves them.
 */
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import ExcelJS from 'exceljs';
import type { NomineeListInput } from '../docx/types.ts';

const FONT = 'Times New Roman';

export const NOMINEE_LIST_COLUMNS = [
  { header: 'STT', width: 6 },
  { header: 'Họ và tên / Tên tập thể', width: 28 },
  { header: 'Đối tượng', width: 12 },
  { header: 'Ngày sinh', width: 12 },
  { header: 'Chức vụ', width: 20 },
  { header: 'Đơn vị', width: 30 },
  { header: 'Danh hiệu / Hình thức đề nghị', width: 28 },
  { header: 'Kết quả bình xét', width: 16 },
  { header: 'Kết quả thẩm định', width: 16 },
  { header: 'Ghi chú', width: 24 },
] as const;

/** Row of the column headers; rows above it are the title, the subtitle and a spacer. */
export const NOMINEE_LIST_HEADER_ROW = 4;

const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN };
const CENTERED = new Set([1, 3, 4, 8, 9]);

export async function renderNomineeList(input: NomineeListInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'VinhDanh';
  const ws = wb.addWorksheet('Danh sách', {
    views: [{ state: 'frozen', ySplit: NOMINEE_LIST_HEADER_ROW }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${NOMINEE_LIST_HEADER_ROW}:${NOMINEE_LIST_HEADER_ROW}`,
    },
  });
  const n = NOMINEE_LIST_COLUMNS.length;
  ws.columns = NOMINEE_LIST_COLUMNS.map((c) => ({ width: c.width }));

  const banner = (row: number, text: string, font: Partial<ExcelJS.Font>) => {
    ws.mergeCells(row, 1, row, n);
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.font = { name: FONT, ...font };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  banner(1, input.title, { size: 14, bold: true });
  banner(2, input.subtitle, { size: 12, italic: true });

  const header = ws.getRow(NOMINEE_LIST_HEADER_ROW);
  header.values = NOMINEE_LIST_COLUMNS.map((c) => c.header);
  header.height = 32;
  header.eachCell((cell) => {
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BOX;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });

  // Unknown values stay empty cells (still ruled), not empty strings.
  const rows = input.rows.map((r, i) => [
    i + 1,
    r.name,
    r.kindLabel,
    formatViDate(r.birthDate) || null,
    r.position,
    r.unitName,
    r.targetName,
    r.verdictLabel,
    r.appraisalLabel,
    r.note,
  ]);
  if (rows.length === 0) {
    const at = NOMINEE_LIST_HEADER_ROW + 1;
    ws.mergeCells(at, 1, at, n);
    const cell = ws.getCell(at, 1);
    cell.value = 'Không có';
    cell.font = { name: FONT, size: 12, italic: true };
    cell.alignment = { horizontal: 'center' };
    cell.border = BOX;
  }
  rows.forEach((values, i) => {
    const row = ws.getRow(NOMINEE_LIST_HEADER_ROW + 1 + i);
    row.values = values;
    for (let c = 1; c <= n; c++) {
      const cell = row.getCell(c);
      cell.font = { name: FONT, size: 12 };
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: CENTERED.has(c) ? 'center' : 'left' };
      cell.border = BOX;
    }
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
