import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { NomineeListInput } from '../docx/types.ts';
import { NOMINEE_LIST_COLUMNS, NOMINEE_LIST_HEADER_ROW, renderNomineeList } from './nominee-list.ts';

const input: NomineeListInput = {
  title: 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
  subtitle: 'Kèm theo Tờ trình số 15/TTr-SGDĐT ngày 05/12/2026',
  rows: [
    {
      name: 'Nguyễn Thị Ánh Tuyết',
      kindLabel: 'Cá nhân',
      birthDate: '1985-09-05',
      position: 'Tổ trưởng chuyên môn',
      unitName: 'Trường THPT Chuyên Hồng Lam',
      targetName: 'Chiến sĩ thi đua cấp tỉnh',
      verdictLabel: 'Đạt',
      appraisalLabel: 'Đủ điều kiện',
      note: 'Sáng kiến cấp tỉnh 125/QĐ-UBND',
    },
    {
      name: 'Tổ Toán – Tin học',
      kindLabel: 'Tập thể',
      birthDate: null,
      position: null,
      unitName: 'Trường THPT Chuyên Hồng Lam',
      targetName: 'Tập thể lao động xuất sắc',
      verdictLabel: 'Đạt',
      appraisalLabel: 'Chưa thẩm định',
      note: null,
    },
  ],
};

async function readBack(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('Danh sách');
  if (!ws) throw new Error('no sheet "Danh sách"');
  return ws;
}

const rowValues = (ws: ExcelJS.Worksheet, r: number) =>
  Array.from({ length: NOMINEE_LIST_COLUMNS.length }, (_, i) => ws.getCell(r, i + 1).value ?? null);

describe('Danh sách đề nghị khen thưởng (.xlsx)', () => {
  it('has the title and subtitle across the table, and a frozen header row', async () => {
    const ws = await readBack(await renderNomineeList(input));
    expect(ws.getCell('A1').value).toBe('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
    expect(ws.getCell('J1').master.address).toBe('A1');
    expect(ws.getCell('A2').value).toBe('Kèm theo Tờ trình số 15/TTr-SGDĐT ngày 05/12/2026');
    expect(ws.getCell('J2').master.address).toBe('A2');
    expect(ws.getCell('A1').font?.name).toBe('Times New Roman');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: NOMINEE_LIST_HEADER_ROW });
    expect(rowValues(ws, NOMINEE_LIST_HEADER_ROW)).toEqual([
      'STT',
      'Họ và tên / Tên tập thể',
      'Đối tượng',
      'Ngày sinh',
      'Chức vụ',
      'Đơn vị',
      'Danh hiệu / Hình thức đề nghị',
      'Kết quả bình xét',
      'Kết quả thẩm định',
      'Ghi chú',
    ]);
    expect(ws.getColumn(2).width).toBe(28);
    expect(ws.getColumn(6).width).toBe(30);
  });

  it('writes one row per nominee, dates as dd/MM/yyyy text, unknowns as empty cells', async () => {
    const ws = await readBack(await renderNomineeList(input));
    const first = NOMINEE_LIST_HEADER_ROW + 1;
    expect(rowValues(ws, first)).toEqual([
      1,
      'Nguyễn Thị Ánh Tuyết',
      'Cá nhân',
      '05/09/1985',
      'Tổ trưởng chuyên môn',
      'Trường THPT Chuyên Hồng Lam',
      'Chiến sĩ thi đua cấp tỉnh',
      'Đạt',
      'Đủ điều kiện',
      'Sáng kiến cấp tỉnh 125/QĐ-UBND',
    ]);
    expect(rowValues(ws, first + 1)).toEqual([
      2,
      'Tổ Toán – Tin học',
      'Tập thể',
      null,
      null,
      'Trường THPT Chuyên Hồng Lam',
      'Tập thể lao động xuất sắc',
      'Đạt',
      'Chưa thẩm định',
      null,
    ]);
    expect(ws.rowCount).toBe(first + 1);
    expect(ws.getCell(first + 1, 5).border?.left?.style).toBe('thin');
    expect(ws.getCell(first, 2).font?.name).toBe('Times New Roman');
  });

  it('with nobody listed shows a single row "Không có"', async () => {
    const ws = await readBack(await renderNomineeList({ ...input, rows: [] }));
    const at = NOMINEE_LIST_HEADER_ROW + 1;
    expect(ws.getCell(at, 1).value).toBe('Không có');
    expect(ws.getCell(at, NOMINEE_LIST_COLUMNS.length).master.address).toBe(`A${at}`);
    expect(ws.rowCount).toBe(at);
  });
});
