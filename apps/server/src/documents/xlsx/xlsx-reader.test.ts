import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { looksLikeXlsx, plainCellValue, readXlsxRows } from './xlsx-reader.ts';

const PK = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14]);

describe('an .xlsx is recognised by its name and its zip signature', () => {
  it.each([
    { name: 'nhap.xlsx', head: PK, ok: true },
    { name: 'NHAP.XLSX', head: PK, ok: true },
    { name: 'nhap.xls', head: PK, ok: false },
    { name: 'nhap.xlsx', head: new TextEncoder().encode('Họ và tên,Ngày sinh'), ok: false },
    { name: 'nhap.xlsx', head: new Uint8Array(), ok: false },
  ])('$name → $ok', ({ name, head, ok }) => {
    expect(looksLikeXlsx(name, head)).toBe(ok);
  });
});

describe('cells are reduced to what Excel shows', () => {
  it.each([
    { v: '  ', out: null },
    { v: { richText: [{ text: 'Nguyễn ' }, { text: 'An' }] }, out: 'Nguyễn An' },
    { v: { formula: 'A1', result: 2024 }, out: 2024 },
    { v: { text: 'trang', hyperlink: 'http://x' }, out: 'trang' },
    { v: { error: '#N/A' }, out: null },
  ])('$v', ({ v, out }) => {
    expect(plainCellValue(v as ExcelJS.CellValue)).toEqual(out);
  });

  it('streams rows of every sheet with their Excel row numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet('Cá nhân');
    a.addRow(['Họ và tên', 'Năm']);
    a.addRow([]);
    a.addRow(['Lê Văn Tám', 2024]);
    wb.addWorksheet('Khác').addRow(['x']);
    const rows = [];
    for await (const r of readXlsxRows(Buffer.from(await wb.xlsx.writeBuffer()))) rows.push(r);
    expect(rows).toEqual([
      { sheet: 'Cá nhân', rowNumber: 1, cells: ['Họ và tên', 'Năm'] },
      { sheet: 'Cá nhân', rowNumber: 3, cells: ['Lê Văn Tám', 2024] },
      { sheet: 'Khác', rowNumber: 1, cells: ['x'] },
    ]);
  });
});

// Generous timeout: writing and re-reading these workbooks takes ~2 s alone and far longer on a
// loaded 2-core CI machine (the 5 s default once failed there).
describe('Vietnamese letters survive chunk boundaries of the streaming reader', { timeout: 60_000 }, () => {
  // ~400 KB of sheet XML: dozens of inflate chunks, so letters do straddle chunk boundaries.
  const rows = Array.from({ length: 10000 }, (_, i) => [
    `Nguyễn Thị Ngọc Ánh ${i}`,
    i % 2 ? 'Nữ' : 'Công chức',
  ]);
  const expectIntact = async (bytes: Buffer) => {
    let n = 0;
    for await (const r of readXlsxRows(bytes, { streamFromBytes: 0 })) {
      const [name, label] = r.cells as string[];
      expect(name).toBe(`Nguyễn Thị Ngọc Ánh ${r.rowNumber - 1}`);
      expect(label).toBe((r.rowNumber - 1) % 2 ? 'Nữ' : 'Công chức');
      n++;
    }
    expect(n).toBe(rows.length);
  };

  it('with shared strings (as Excel writes them)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Cá nhân');
    for (const r of rows) ws.addRow(r);
    await expectIntact(Buffer.from(await wb.xlsx.writeBuffer()));
  });

  it('with inline strings (as the streaming writer writes them)', async () => {
    const { PassThrough } = await import('node:stream');
    const out = new PassThrough();
    const parts: Buffer[] = [];
    out.on('data', (c: Buffer) => parts.push(c));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
    const ws = wb.addWorksheet('Cá nhân');
    for (const r of rows) ws.addRow(r).commit();
    ws.commit();
    await wb.commit();
    await expectIntact(Buffer.concat(parts));
  });
});

describe('small workbooks are read whole, large ones streamed: the same rows either way', () => {
  it('gives identical rows, sheets and row numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const people = wb.addWorksheet('Cá nhân');
    people.addRow(['Họ và tên', 'Ngày sinh', 'Số CCCD']);
    people.addRow(['Đỗ Thị Ân', new Date(Date.UTC(1990, 0, 5)), '001190000001']);
    people.getRow(4).values = ['Lê Văn Bình', '05/01/1991', 12345];
    wb.addWorksheet('Hướng dẫn').addRow(['Cột', 'Ý nghĩa']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const read = async (streamFromBytes: number) => {
      const out: unknown[] = [];
      for await (const r of readXlsxRows(bytes, { streamFromBytes })) out.push(r);
      return out;
    };
    const whole = await read(Number.MAX_SAFE_INTEGER);
    expect(whole).toHaveLength(4);
    expect(await read(0)).toEqual(whole);
  });
});
