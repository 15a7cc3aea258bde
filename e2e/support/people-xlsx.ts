import { toSearchText } from '@vinhdanh/domain';
import ExcelJS from 'exceljs';

export interface PersonRow {
  fullName: string;
  birthDate: string; // dd/mm/yyyy as a clerk types it
  sex: 'Nam' | 'Nữ';
  idNumber: string;
  staffCategory: string;
  position: string;
  ethnicity: string;
}

/** Where the template's column headers are: the first row with a "Họ và tên" cell. */
export interface TemplateLayout {
  headerRow: number;
  /** column number → header text as written in the template */
  headers: Map<number, string>;
  sheetName: string;
}

export async function readTemplateLayout(file: Buffer | ArrayBuffer): Promise<TemplateLayout> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as never);
  for (const ws of wb.worksheets) {
    for (let r = 1; r <= Math.min(ws.rowCount, 20); r++) {
      const headers = new Map<number, string>();
      ws.getRow(r).eachCell((cell, col) => {
        const text = cell.text.trim();
        if (text) headers.set(col, text);
      });
      if ([...headers.values()].some((h) => /ho (va )?ten/.test(toSearchText(h))))
        return { headerRow: r, headers, sheetName: ws.name };
    }
  }
  throw new Error('the people template has no "Họ và tên" header in its first 20 rows');
}

/** The value a header asks for, recognised by its folded text; '' for columns a person need not fill. */
export function cellFor(header: string, p: PersonRow, unit: { code: string }): string {
  const h = toSearchText(header).replace(/\*/g, '').trim();
  if (/ho (va )?ten/.test(h)) return p.fullName;
  if (/ngay.*sinh|sinh ngay/.test(h)) return p.birthDate;
  if (/gioi tinh/.test(h)) return p.sex;
  if (/cccd|can cuoc|dinh danh|cmnd/.test(h)) return p.idNumber;
  if (/dan toc/.test(h)) return p.ethnicity;
  if (/ngach|doi tuong|loai can bo|phan loai|nhom/.test(h)) return p.staffCategory;
  if (/(^| )ma .*don vi|ma dv/.test(h)) return unit.code;
  if (/don vi/.test(h)) return ''; // "Tên đơn vị" is shown for reference only, never read
  if (/lanh dao/.test(h)) return '';
  if (/truc tiep/.test(h)) return 'Không';
  if (/chuc vu|vi tri|chuc danh/.test(h)) return p.position;
  return '';
}

/** A workbook in the template's layout: same sheet name, the header row copied, one row per person. */
export async function buildPeopleWorkbook(
  layout: TemplateLayout,
  people: PersonRow[],
  unit: { code: string; name: string },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(layout.sheetName);
  for (const [col, text] of layout.headers) ws.getRow(layout.headerRow).getCell(col).value = text;
  people.forEach((p, i) => {
    const row = ws.getRow(layout.headerRow + 1 + i);
    for (const [col, header] of layout.headers) {
      const value = cellFor(header, p, unit);
      if (value) row.getCell(col).value = value;
    }
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Excel's column letters (1 → A, 28 → AB): the error table may name a column either way. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
