import { awardKinds, issuerLevels } from '@vinhdanh/contracts';
import { codeColumn, dateColumn, enumColumn, textColumn, yearColumn } from '../columns.ts';
import { personRefColumns } from '../person-lookup.ts';
import type { KindSpec, SheetSpec } from './kind.ts';
import { recordSheet } from './record-sheet.ts';

export const awardsSheet = recordSheet({
  name: 'Khen thưởng',
  keyNote:
    'Cá nhân (Số CCCD, hoặc Họ và tên + Ngày sinh + Mã đơn vị) hoặc tập thể (Mã đơn vị) + Mã danh hiệu, hình thức + Loại hình + Năm.',
  notes: [
    'Để trống Số CCCD và Họ và tên khi khen thưởng tập thể: đơn vị được khen là đơn vị ở cột Mã đơn vị.',
  ],
  table: 'award',
  subject: 'either',
  columns: [
    codeColumn('unitCode', 'Mã đơn vị', {
      required: true,
      note: 'Tập thể được khen; hoặc đơn vị công tác của cá nhân được khen.',
    }),
    ...personRefColumns('Để trống khi khen thưởng tập thể.'),
    codeColumn('code', 'Mã danh hiệu, hình thức', {
      required: true,
      max: 30,
      note: 'Ví dụ: LDTT, CSTDCS, CSTD_TINH, TTLDTT, TTLDXS, CO_TINH, BK_TINH, BK_TTG, GIAY_KHEN.',
    }),
    enumColumn('kind', 'Loại hình khen thưởng', awardKinds, { required: true }),
    yearColumn('year', 'Năm', { required: true }),
    textColumn('decisionNo', 'Số quyết định', { max: 100 }),
    dateColumn('decisionDate', 'Ngày quyết định'),
    textColumn('issuer', 'Cơ quan ban hành', { max: 300, width: 30 }),
    enumColumn('issuerLevel', 'Cấp ban hành', issuerLevels, { required: true }),
  ],
  keyFields: [
    { key: 'code', col: 'code', type: 'text' },
    { key: 'kind', col: 'kind', type: 'text' },
    { key: 'year', col: 'year', type: 'int' },
  ],
  dataFields: [
    { key: 'decisionNo', col: 'decision_no', type: 'text' },
    { key: 'decisionDate', col: 'decision_date', type: 'date' },
    { key: 'issuer', col: 'issuer', type: 'text' },
    { key: 'issuerLevel', col: 'issuer_level', type: 'text' },
  ],
  stamps: false,
  auditName: 'award',
});

export const awardsKind: KindSpec = {
  kind: 'awards',
  title: 'Lịch sử khen thưởng',
  sheets: [awardsSheet as SheetSpec],
  notes: ['Mỗi dòng là một danh hiệu hoặc hình thức khen thưởng đã nhận (cá nhân hoặc tập thể).'],
};
