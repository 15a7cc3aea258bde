import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';

export interface TemplateColumn {
  header: string;
  required: boolean;
  note: string;
  width?: number;
  asText?: boolean;
  /** Shown for reference in exports, ignored on import. */
  info?: boolean;
  /** Allowed values: a dropdown of the labels, the codes listed in the instructions. */
  list?: { code: string; label: string }[];
}

export interface TemplateSheet {
  name: string;
  keyNote: string;
  notes: string[];
  columns: TemplateColumn[];
}

export interface TemplateLayout {
  title: string;
  notes: string[];
  sheets: TemplateSheet[];
}

export type CellOut = string | number | boolean | null;

export const INSTRUCTIONS_SHEET = 'Hướng dẫn';
export const LISTS_SHEET = 'Danh mục';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const REQUIRED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
const INFO_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };

/** The header text: required columns end in " *". */
export const headerText = (c: TemplateColumn) => (c.required ? `${c.header} *` : c.header);

const colLetter = (n: number): string => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

/** One column of labels per distinct allowed-value list, for the dropdowns to point at. */
function listRanges(layout: TemplateLayout) {
  const ranges = new Map<string, { col: number; title: string; labels: string[]; ref: string }>();
  for (const s of layout.sheets)
    for (const c of s.columns) {
      if (!c.list || c.info) continue;
      const labels = c.list.map((i) => i.label);
      const id = labels.join('\u0001');
      if (ranges.has(id)) continue;
      const col = ranges.size + 1;
      const L = colLetter(col);
      ranges.set(id, {
        col,
        title: c.header,
        labels,
        ref: `'${LISTS_SHEET}'!$${L}$2:$${L}$${labels.length + 1}`,
      });
    }
  return ranges;
}

function writeInstructions(wb: ExcelJS.stream.xlsx.WorkbookWriter, layout: TemplateLayout) {
  const ws = wb.addWorksheet(INSTRUCTIONS_SHEET);
  ws.columns = [{ width: 30 }, { width: 10 }, { width: 60 }, { width: 70 }];
  const add = (values: CellOut[], bold = false) => {
    const row = ws.addRow(values);
    if (bold) row.font = { bold: true };
    row.alignment = { wrapText: true, vertical: 'top' };
    row.commit();
  };
  add([`MẪU NHẬP DỮ LIỆU: ${layout.title.toUpperCase()}`], true);
  for (const n of [
    ...layout.notes,
    'Dòng 1 của mỗi trang dữ liệu là tiêu đề cột: không đổi tên, không xóa cột (được đổi thứ tự). Cột có dấu * là bắt buộc.',
    'Ngày ghi theo định dạng dd/MM/yyyy, ví dụ 05/01/1990. Năm ghi 4 chữ số.',
    'Cột có danh sách giá trị: chọn từ danh sách thả xuống, hoặc ghi mã hay tên (không phân biệt hoa thường, có dấu hay không dấu).',
    'Ô để trống nghĩa là không có giá trị: khi cập nhật dữ liệu đã có, giá trị cũ bị xóa (riêng Số CCCD được giữ nguyên).',
    'Tệp được kiểm tra toàn bộ trước khi ghi: có một dòng lỗi thì không dòng nào được ghi. Nhập lại cùng một tệp không tạo bản ghi trùng.',
  ])
    add([`• ${n}`]);
  for (const s of layout.sheets) {
    add([]);
    add([`Trang "${s.name}"`], true);
    add([`Khóa nhận diện: ${s.keyNote}`]);
    for (const n of s.notes) add([`• ${n}`]);
    add(['Cột', 'Bắt buộc', 'Mô tả', 'Giá trị cho phép (mã = tên)'], true);
    for (const c of s.columns)
      add([
        c.header,
        c.info ? 'Không nhập' : c.required ? 'Có' : '',
        c.note,
        c.list ? c.list.map((i) => (i.code === i.label ? i.label : `${i.code} = ${i.label}`)).join('; ') : '',
      ]);
  }
  ws.commit();
}

/**
 * Writes a template (no rows) or an export (rows from `rowsFor`) with the streaming writer: each row is
 * committed as it comes, so an export of 100,000 people never holds the workbook in memory.
 */
export async function writeTemplateWorkbook(
  out: Writable,
  layout: TemplateLayout,
  rowsFor?: (sheetIndex: number) => AsyncIterable<CellOut[][]>,
): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = 'VinhDanh';
  const lists = listRanges(layout);
  let total = 0;
  for (const [i, s] of layout.sheets.entries()) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = s.columns.map((c) => ({
      width: c.width ?? 18,
      ...(c.asText ? { style: { numFmt: '@' } } : {}),
    }));
    const header = ws.addRow(s.columns.map(headerText));
    header.font = { bold: true };
    s.columns.forEach((c, j) => {
      header.getCell(j + 1).fill = c.info ? INFO_FILL : c.required ? REQUIRED_FILL : HEADER_FILL;
    });
    header.commit();
    let count = 0;
    if (rowsFor)
      for await (const page of rowsFor(i)) {
        for (const values of page) ws.addRow(values).commit();
        count += page.length;
      }
    total += count;
    const last = Math.max(count + 1000, 5000);
    s.columns.forEach((c, j) => {
      if (!c.list || c.info) return;
      const range = lists.get(c.list.map((x) => x.label).join('\u0001'))!;
      const L = colLetter(j + 1);
      (
        ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }
      ).dataValidations.add(`${L}2:${L}${last}`, {
        type: 'list',
        allowBlank: true,
        formulae: [range.ref],
        showErrorMessage: false,
      });
    });
    ws.commit();
  }
  writeInstructions(wb, layout);
  const lw = wb.addWorksheet(LISTS_SHEET);
  const ranges = [...lists.values()];
  lw.columns = ranges.map(() => ({ width: 34 }));
  const height = Math.max(0, ...ranges.map((r) => r.labels.length));
  lw.addRow(ranges.map((r) => r.title)).commit();
  for (let k = 0; k < height; k++) lw.addRow(ranges.map((r) => r.labels[k] ?? null)).commit();
  lw.commit();
  await wb.commit();
  return total;
}
