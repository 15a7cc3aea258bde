import {
  disciplineLevels,
  initiativeKinds,
  leaveKinds,
  ratings,
  recognitionLevels,
} from '@vinhdanh/contracts';
import { codeColumn, dateColumn, enumColumn, textColumn, yearColumn } from '../columns.ts';
import { personRefColumns } from '../person-lookup.ts';
import { type RowError, rowError } from '../row-parser.ts';
import type { KindSpec, SheetSpec } from './kind.ts';
import { type Field, recordSheet } from './record-sheet.ts';

const personUnit = () =>
  codeColumn('unitCode', 'Mã đơn vị', { note: 'Mã đơn vị đang công tác; bắt buộc khi không có Số CCCD.' });
const personKey = 'Cá nhân (Số CCCD, hoặc Họ và tên + Ngày sinh + Mã đơn vị)';

const f = (key: string, col: string, type: Field['type'] = 'text'): Field => ({ key, col, type });

/** To-date not before from-date. */
function periodCheck(v: Record<string, unknown>, row: number): RowError[] {
  const from = v.fromDate as string | null;
  const to = v.toDate as string | null;
  return from && to && to < from ? [rowError(row, 'Đến ngày', 'phải sau hoặc bằng Từ ngày')] : [];
}

export const personYearSheet = recordSheet({
  name: 'Xếp loại cá nhân',
  keyNote: `${personKey} + Năm.`,
  table: 'person_year',
  subject: 'person',
  columns: [
    ...personRefColumns(),
    personUnit(),
    yearColumn('year', 'Năm', { required: true }),
    enumColumn('rating', 'Xếp loại', ratings, {
      note: 'Mức xếp loại chất lượng của năm; để trống nếu chưa xếp loại.',
    }),
    textColumn('note', 'Ghi chú', { max: 1000, width: 30 }),
  ],
  keyFields: [f('year', 'year', 'int')],
  dataFields: [f('rating', 'rating'), f('note', 'note')],
  stamps: true,
  auditName: 'year',
});

export const unitYearSheet = recordSheet({
  name: 'Xếp loại tập thể',
  keyNote: 'Mã đơn vị + Năm.',
  table: 'unit_year',
  subject: 'unit',
  columns: [
    codeColumn('unitCode', 'Mã đơn vị', { required: true }),
    {
      ...textColumn('unitName', 'Tên đơn vị', { width: 36 }),
      info: true,
      note: 'Chỉ để đối chiếu, không được nhập.',
    },
    yearColumn('year', 'Năm', { required: true }),
    enumColumn('rating', 'Xếp loại', ratings, { note: 'Mức xếp loại của tập thể trong năm.' }),
    textColumn('note', 'Ghi chú', { max: 1000, width: 30 }),
  ],
  keyFields: [f('year', 'year', 'int')],
  dataFields: [f('rating', 'rating'), f('note', 'note')],
  stamps: true,
  auditName: 'year',
});

export const disciplineSheet = recordSheet({
  name: 'Kỷ luật',
  keyNote: `${personKey} + Hình thức kỷ luật + Từ ngày.`,
  table: 'discipline',
  subject: 'person',
  columns: [
    ...personRefColumns(),
    personUnit(),
    enumColumn('level', 'Hình thức kỷ luật', disciplineLevels, { required: true }),
    dateColumn('fromDate', 'Từ ngày', { required: true }),
    dateColumn('toDate', 'Đến ngày'),
    textColumn('decisionNo', 'Số quyết định', { max: 100 }),
    textColumn('reason', 'Lý do', { max: 1000, width: 30 }),
  ],
  keyFields: [f('level', 'level'), f('fromDate', 'from_date', 'date')],
  dataFields: [f('toDate', 'to_date', 'date'), f('decisionNo', 'decision_no'), f('reason', 'reason')],
  stamps: false,
  auditName: 'discipline',
  check: periodCheck,
});

export const initiativeSheet = recordSheet({
  name: 'Sáng kiến',
  keyNote: `${personKey} + Loại + Tên sáng kiến, đề tài.`,
  table: 'initiative',
  subject: 'person',
  columns: [
    ...personRefColumns(),
    personUnit(),
    enumColumn('kind', 'Loại', initiativeKinds, { required: true, width: 16 }),
    textColumn('title', 'Tên sáng kiến, đề tài', { required: true, min: 2, max: 500, width: 40 }),
    enumColumn('level', 'Cấp công nhận', recognitionLevels, { required: true, width: 18 }),
    textColumn('recognisedBy', 'Cơ quan công nhận', { max: 300 }),
    dateColumn('recognisedDate', 'Ngày công nhận'),
  ],
  keyFields: [f('kind', 'kind'), f('title', 'title')],
  dataFields: [
    f('level', 'level'),
    f('recognisedBy', 'recognised_by'),
    f('recognisedDate', 'recognised_date', 'date'),
  ],
  stamps: false,
  auditName: 'initiative',
});

export const leaveSheet = recordSheet({
  name: 'Nghỉ dài hạn',
  keyNote: `${personKey} + Loại nghỉ + Từ ngày.`,
  table: 'leave',
  subject: 'person',
  columns: [
    ...personRefColumns(),
    personUnit(),
    enumColumn('kind', 'Loại nghỉ', leaveKinds, { required: true, width: 20 }),
    dateColumn('fromDate', 'Từ ngày', { required: true }),
    dateColumn('toDate', 'Đến ngày'),
  ],
  keyFields: [f('kind', 'kind'), f('fromDate', 'from_date', 'date')],
  dataFields: [f('toDate', 'to_date', 'date')],
  stamps: false,
  auditName: 'leave',
  check: periodCheck,
});

export const yearlyKind: KindSpec = {
  kind: 'yearly',
  title: 'Kết quả hằng năm',
  sheets: [personYearSheet, unitYearSheet, disciplineSheet, initiativeSheet, leaveSheet] as SheetSpec[],
  notes: [
    'Một tệp gồm 5 trang dữ liệu: Xếp loại cá nhân, Xếp loại tập thể, Kỷ luật, Sáng kiến, Nghỉ dài hạn.',
    'Có thể xóa những trang không dùng; trang nào có mặt thì phải giữ nguyên dòng tiêu đề.',
    'Cá nhân và đơn vị phải có sẵn trong hệ thống (nhập trước bằng mẫu Cá nhân / Đơn vị).',
  ],
};
