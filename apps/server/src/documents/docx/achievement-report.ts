/**
 * Báo cáo thành tích: the individual report is Mẫu số 05 of the NĐ 152/2025/NĐ-CP appendix (verified,
 * legal-rules §6.1); the collective one is inferred to be Mẫu số 04 [D], which is why the caller passes
 * the label. Sections follow the typical fields of §6.1: I. biography / characteristics, II. achievements
 * (summary, yearly ratings, initiatives), III. awards received, then the certifying signatures.
 */
import { formatViDate } from '@vinhdanh/domain/text/vietnamese';
import type { Paragraph, Table } from 'docx';
import {
  type Column,
  dataTable,
  heading,
  mm,
  officialHeader,
  packOfficialDocument,
  para,
  run,
  TEXT_WIDTH,
  templateLabelLine,
  textParagraphs,
  twoSignatures,
} from './official-layout.ts';
import type { AchievementReportInput } from './types.ts';

const SEX = { male: 'Nam', female: 'Nữ' } as const;

/** "- Label: value" with the label plain and the value as given; an unknown value leaves the line blank. */
const field = (label: string, value: string | null | undefined) =>
  para([run(`- ${label}: `, { size: 14 }), run(value ?? '', { size: 14 })], { size: 14, after: 3 });

function profile(subject: AchievementReportInput['subject']): Paragraph[] {
  if (subject.kind === 'individual')
    return [
      heading('I. SƠ LƯỢC LÝ LỊCH'),
      field('Họ và tên', subject.fullName),
      field('Sinh ngày, tháng, năm', formatViDate(subject.birthDate)),
      field('Giới tính', subject.sex ? SEX[subject.sex] : null),
      field('Dân tộc', subject.ethnicity),
      field('Chức vụ', subject.position),
      field('Đơn vị công tác', subject.unitName),
    ];
  return [
    heading('I. ĐẶC ĐIỂM, TÌNH HÌNH'),
    field('Tên tập thể', subject.name),
    field('Cơ quan chủ quản', subject.parentName),
    field('Số thành viên', subject.memberCount === null ? null : String(subject.memberCount)),
  ];
}

const RATING_COLUMNS: Column[] = [
  { title: 'Năm', width: mm(30), align: 'center' },
  { title: 'Kết quả đánh giá, xếp loại', width: TEXT_WIDTH - mm(30) },
];

const INITIATIVE_COLUMNS: Column[] = [
  { title: 'STT', width: mm(11), align: 'center' },
  { title: 'Tên sáng kiến, đề tài', width: mm(62) },
  { title: 'Cấp công nhận', width: mm(26) },
  { title: 'Cơ quan công nhận', width: mm(40) },
  { title: 'Ngày công nhận', width: TEXT_WIDTH - mm(11 + 62 + 26 + 40), align: 'center' },
];

const AWARD_COLUMNS: Column[] = [
  { title: 'Năm', width: mm(15), align: 'center' },
  { title: 'Danh hiệu / Hình thức khen thưởng', width: mm(51) },
  { title: 'Số quyết định', width: mm(34), align: 'center' },
  { title: 'Ngày ban hành', width: mm(24), align: 'center' },
  { title: 'Cơ quan ban hành', width: TEXT_WIDTH - mm(15 + 51 + 34 + 24) },
];

const byYear = <T extends { year: number }>(xs: T[]) => [...xs].sort((a, b) => a.year - b.year);

function achievements(input: AchievementReportInput): (Paragraph | Table)[] {
  const summary = input.achievement?.trim()
    ? textParagraphs(input.achievement, { size: 14, align: 'justify', firstLineIndent: true, after: 4 })
    : [para('Không có', { size: 14, italics: true, firstLineIndent: true })];
  return [
    heading('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    heading('1. Tóm tắt thành tích', { size: 14, before: 4 }),
    ...summary,
    heading('2. Kết quả đánh giá, xếp loại qua các năm', { size: 14, before: 6 }),
    dataTable(
      RATING_COLUMNS,
      byYear(input.ratings).map((r) => ({ cells: [String(r.year), r.label] })),
    ),
    heading('3. Sáng kiến, đề tài khoa học được công nhận', { size: 14, before: 10 }),
    dataTable(
      INITIATIVE_COLUMNS,
      input.initiatives.map((x, i) => ({
        cells: [String(i + 1), x.title, x.level, x.recognisedBy ?? '', formatViDate(x.date)],
      })),
    ),
  ];
}

function awards(input: AchievementReportInput): (Paragraph | Table)[] {
  return [
    heading('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', { before: 12 }),
    dataTable(
      AWARD_COLUMNS,
      byYear(input.awards).map((a) => ({
        cells: [String(a.year), a.name, a.decisionNumber ?? '', formatViDate(a.decisionDate), a.issuer ?? ''],
      })),
    ),
  ];
}

/**
 * Individual: the unit head confirms on the left, the person signs the report on the right. Collective:
 * the unit head signs the report on the right; the confirmation of the level above is left to be filled.
 */
function signatures(input: AchievementReportInput): Table {
  const { subject, signer } = input;
  if (subject.kind === 'individual')
    return twoSignatures(
      { signer, options: { heading: ['XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ'], note: '(Ký, đóng dấu)' } },
      {
        signer: { title: 'NGƯỜI BÁO CÁO THÀNH TÍCH', name: subject.fullName },
        options: { note: '(Ký, ghi rõ họ và tên)' },
      },
    );
  return twoSignatures(
    { signer: { title: 'XÁC NHẬN CỦA CẤP TRÊN TRỰC TIẾP', name: null }, options: { note: '(Ký, đóng dấu)' } },
    { signer, options: { note: '(Ký, đóng dấu)' } },
  );
}

export async function renderAchievementReport(input: AchievementReportInput): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [
    templateLabelLine(input.templateLabel),
    officialHeader(input.header),
    para('BÁO CÁO THÀNH TÍCH', { size: 14, bold: true, align: 'center', before: 18 }),
    para(`Đề nghị tặng: ${input.targetName} năm ${input.year}`, { size: 14, bold: true, align: 'center' }),
    para('', { after: 6 }),
    ...profile(input.subject),
    ...achievements(input),
    ...awards(input),
    para('', { after: 12 }),
    signatures(input),
  ];
  return packOfficialDocument('Báo cáo thành tích', body);
}
