import { ratings, sexes, staffCategories } from '@vinhdanh/contracts';
import { describe, expect, it } from 'vitest';
import { dateColumn, enumColumn, idNumberColumn, textColumn, yearColumn, yesNoColumn } from './columns.ts';
import { diffValues, mapHeaders, parseRow } from './row-parser.ts';

const birth = dateColumn('birthDate', 'Ngày sinh');
const sex = enumColumn('sex', 'Giới tính', sexes, { required: true });
const category = enumColumn('staffCategory', 'Đối tượng', staffCategories);
const rating = enumColumn('rating', 'Xếp loại', ratings);
const cccd = idNumberColumn('idNumber', 'Số CCCD');
const year = yearColumn('year', 'Năm');
const yes = yesNoColumn('isDirectWorker', 'Trực tiếp');

describe('date cells: dd/MM/yyyy text, real Excel dates and serial numbers', () => {
  it.each([
    { cell: '05/01/1990', value: '1990-01-05' },
    { cell: '5/1/1990', value: '1990-01-05' },
    { cell: '29/02/2024', value: '2024-02-29' },
    { cell: new Date(Date.UTC(1990, 0, 5)), value: '1990-01-05' },
    { cell: 32878, value: '1990-01-05' },
    { cell: null, value: null },
  ])('$cell → $value', ({ cell, value }) => {
    expect(birth.parse(cell)).toEqual({ ok: true, value });
  });

  it.each([
    { cell: '31/02/1990' },
    { cell: '29/02/2023' },
    { cell: '1990-01-05' },
    { cell: '05/13/1990' },
    { cell: 'hôm qua' },
    { cell: 1.5 },
  ])('rejects $cell with the expected format named', ({ cell }) => {
    const r = birth.parse(cell);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe(`ngày không hợp lệ '${String(cell)}' (định dạng dd/MM/yyyy)`);
  });
});

describe('allowed values: the code or the Vietnamese label, any case, with or without accents', () => {
  it.each([
    { col: sex, cell: 'Nữ', value: 'female' },
    { col: sex, cell: 'nu', value: 'female' },
    { col: sex, cell: 'male', value: 'male' },
    { col: category, cell: 'Công chức', value: 'cong_chuc' },
    { col: category, cell: 'VIEN CHUC', value: 'vien_chuc' },
    { col: category, cell: 'cong_chuc', value: 'cong_chuc' },
    { col: rating, cell: 'htxs', value: 'HTXS' },
    { col: rating, cell: 'Hoàn thành tốt nhiệm vụ', value: 'HTT' },
  ])('$cell → $value', ({ col, cell, value }) => {
    expect(col.parse(cell)).toEqual({ ok: true, value });
  });

  it('lists the allowed labels when the value is unknown', () => {
    const r = sex.parse('Khác');
    expect(r).toEqual({ ok: false, message: "giá trị không hợp lệ 'Khác' (chọn một trong: Nam; Nữ)" });
  });

  it('shows the label in exports and previews', () => {
    expect(category.show('cong_chuc')).toBe('Công chức');
    expect(sex.show(null)).toBeNull();
  });
});

describe('CCCD: exactly 12 digits', () => {
  it.each([
    { cell: '001090012345', value: '001090012345' },
    { cell: ' 001 090 012 345 ', value: '001090012345' },
    { cell: 1090012345, value: '001090012345' },
    { cell: 31090012345, value: '031090012345' },
  ])('$cell → $value', ({ cell, value }) => {
    expect(cccd.parse(cell)).toEqual({ ok: true, value });
  });
  it.each([{ cell: '12345' }, { cell: '0010900123456' }, { cell: '00109001234a' }, { cell: 123 }])(
    'rejects $cell',
    ({ cell }) => {
      expect(cccd.parse(cell).ok).toBe(false);
    },
  );
});

describe('years, yes/no and text', () => {
  it.each([
    { cell: 2024, ok: true },
    { cell: '2024', ok: true },
    { cell: 1974, ok: false },
    { cell: 2024.5, ok: false },
    { cell: 'năm nay', ok: false },
  ])('year $cell → ok $ok', ({ cell, ok }) => {
    expect(year.parse(cell).ok).toBe(ok);
  });
  it.each([
    { cell: 'Có', value: true },
    { cell: 'x', value: true },
    { cell: true, value: true },
    { cell: 'không', value: false },
    { cell: null, value: false },
  ])('yes/no $cell → $value', ({ cell, value }) => {
    expect(yes.parse(cell)).toEqual({ ok: true, value });
  });
  it('collapses spaces and enforces the length limits', () => {
    const name = textColumn('fullName', 'Họ và tên', { min: 2, max: 10 });
    expect(name.parse('  Lê   Na ')).toEqual({ ok: true, value: 'Lê Na' });
    expect(name.parse('A').ok).toBe(false);
    expect(name.parse('Nguyễn Thị Minh Khai').ok).toBe(false);
  });
});

describe('rows: headers by name, errors by row and column', () => {
  const columns = [textColumn('fullName', 'Họ và tên', { required: true }), birth, sex, cccd];

  it('matches headers whatever their order, case, accents or required mark', () => {
    const h = mapHeaders(columns, ['GIOI TINH *', 'Họ và tên *', 'số cccd', 'Ngày sinh']);
    expect(h.missing).toEqual([]);
    expect(h.unknown).toEqual([]);
    expect(h.positions.map((c) => c?.key)).toEqual(['sex', 'fullName', 'idNumber', 'birthDate']);
  });

  it('names missing and unknown columns', () => {
    const h = mapHeaders(columns, ['Họ tên', 'Ngày sinh', 'Giới tính']);
    expect(h.missing).toEqual(['Họ và tên', 'Số CCCD']);
    expect(h.unknown).toEqual(['Họ tên']);
  });

  it('reports each bad cell as "Dòng n, cột …" and empty required cells', () => {
    const h = mapHeaders(columns, ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD']);
    const r = parseRow(h.positions, columns, [null, '31/02/1990', 'Nam', '123'], 7);
    expect(r?.errors.map((e) => e.message)).toEqual([
      "Dòng 7, cột Ngày sinh: ngày không hợp lệ '31/02/1990' (định dạng dd/MM/yyyy)",
      "Dòng 7, cột Số CCCD: số CCCD '123' phải gồm đúng 12 chữ số",
      'Dòng 7, cột Họ và tên: bắt buộc, không được để trống',
    ]);
    expect(r?.errors[0]).toMatchObject({ row: 7, column: 'Ngày sinh' });
    expect(parseRow(h.positions, columns, [null, null, null, null], 8)).toBeNull();
  });

  it('diffs shown values, field by field', () => {
    const before = { fullName: 'Lê Na', birthDate: '1990-01-05', sex: 'female', idNumber: null };
    const after = { fullName: 'Lê Na', birthDate: '1990-01-06', sex: 'female', idNumber: '001090012345' };
    expect(diffValues(columns, before, after)).toEqual({
      'Ngày sinh': { from: '05/01/1990', to: '06/01/1990' },
      'Số CCCD': { from: null, to: '001090012345' },
    });
    expect(diffValues(columns, before, before)).toBeNull();
  });
});
