/**
 * Minutes of a council session (Biên bản họp Hội đồng Thi đua – Khen thưởng): composition and
 * attendance, then the tally of each agenda item as COUNTS only — the secret ballot never names who
 * chose what. Plain data in, a .docx out; the service decides every text and number.
 */
import type { Paragraph, Table } from 'docx';
import {
  type Column,
  dataTable,
  heading,
  mm,
  officialHeader,
  packOfficialDocument,
  para,
  rule,
  TEXT_WIDTH,
  twoSignatures,
} from './official-layout.ts';
import type { OfficialHeader, Signer } from './types.ts';

export interface MinutesMember {
  name: string;
  role: string; // 'Chủ tịch Hội đồng'
  attendance: string; // 'Có mặt' | 'Vắng mặt (có ý kiến bằng văn bản)' | 'Vắng mặt'
}

export interface MinutesItem {
  subjectName: string;
  targetName: string;
  thresholdPercent: number | null;
  agree: number;
  disagree: number;
  writtenAgree: number;
  writtenTotal: number;
  totalMembers: number;
  result: string; // 'Đạt' …
}

export interface MinutesInput {
  header: OfficialHeader;
  councilName: string;
  sessionTitle: string;
  sessionDateText: string; // 'ngày 10/12/2026'
  totalMembers: number;
  present: number;
  absent: number;
  writtenOpinions: number;
  quorumRequired: number;
  quorumMet: boolean;
  members: MinutesMember[];
  items: MinutesItem[];
  secretary: Signer;
  chair: Signer;
}

const MEMBER_COLUMNS: Column[] = [
  { title: 'STT', width: mm(11), align: 'center' },
  { title: 'Họ và tên', width: mm(55) },
  { title: 'Chức danh trong Hội đồng', width: mm(45) },
  { title: 'Tham dự', width: TEXT_WIDTH - mm(11 + 55 + 45) },
];

const ITEM_COLUMNS: Column[] = [
  { title: 'STT', width: mm(10), align: 'center' },
  { title: 'Cá nhân, tập thể', width: mm(38) },
  { title: 'Danh hiệu, hình thức', width: mm(32) },
  { title: 'Tỷ lệ yêu cầu', width: mm(15), align: 'center' },
  { title: 'Phiếu đồng ý tại phiên', width: mm(17), align: 'center' },
  { title: 'Phiếu không đồng ý tại phiên', width: mm(17), align: 'center' },
  { title: 'Ý kiến văn bản (đồng ý / tổng)', width: mm(17), align: 'center' },
  { title: 'Tổng đồng ý / tổng thành viên', width: mm(19), align: 'center' },
  { title: 'Kết quả', width: TEXT_WIDTH - mm(10 + 38 + 32 + 15 + 17 + 17 + 17 + 19), align: 'center' },
];

/** "8/10 (80%)": agree over the whole membership, the percentage to one decimal. */
export function shareText(agree: number, total: number): string {
  if (total <= 0) return `${agree}/0`;
  const pct = Math.round((agree * 1000) / total) / 10;
  return `${agree}/${total} (${String(pct).replace('.', ',')}%)`;
}

export async function renderCouncilMinutes(input: MinutesInput): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [
    officialHeader(input.header),
    para('BIÊN BẢN', { size: 14, bold: true, align: 'center', before: 18 }),
    para(`Họp ${input.councilName}`, { size: 14, bold: true, align: 'center' }),
    para(input.sessionTitle, { size: 14, bold: true, align: 'center' }),
    rule(TEXT_WIDTH, mm(35)),
    para(`Thời gian: ${input.sessionDateText}.`, { size: 14, firstLineIndent: true, before: 12, after: 6 }),
    heading('I. THÀNH PHẦN'),
    para(
      `Tổng số thành viên Hội đồng: ${input.totalMembers}; có mặt: ${input.present}; vắng mặt: ${input.absent} (trong đó ${input.writtenOpinions} thành viên có ý kiến bằng văn bản).`,
      { size: 14, align: 'justify', firstLineIndent: true, after: 6 },
    ),
    dataTable(
      MEMBER_COLUMNS,
      input.members.map((m, i) => ({ cells: [String(i + 1), m.name, m.role, m.attendance] })),
    ),
    para(
      input.quorumMet
        ? `Số thành viên có mặt đạt tối thiểu ${input.quorumRequired}/${input.totalMembers} theo quy định; phiên họp hợp lệ.`
        : `Số thành viên có mặt chưa đạt tối thiểu ${input.quorumRequired}/${input.totalMembers} theo quy định; phiên họp không đủ điều kiện xét khen thưởng.`,
      { size: 14, align: 'justify', firstLineIndent: true, before: 6, after: 6 },
    ),
    heading('II. KẾT QUẢ BỎ PHIẾU KÍN'),
    para(
      'Hội đồng bỏ phiếu kín; tỷ lệ đồng ý tính trên tổng số thành viên Hội đồng, kể cả ý kiến bằng văn bản của thành viên vắng mặt. Biên bản chỉ ghi số phiếu, không ghi người bỏ phiếu.',
      { size: 14, align: 'justify', firstLineIndent: true, after: 6 },
    ),
    dataTable(
      ITEM_COLUMNS,
      input.items.map((it, i) => ({
        cells: [
          String(i + 1),
          it.subjectName,
          it.targetName,
          it.thresholdPercent == null ? '' : `${it.thresholdPercent}%`,
          String(it.agree),
          String(it.disagree),
          `${it.writtenAgree}/${it.writtenTotal}`,
          shareText(it.agree + it.writtenAgree, it.totalMembers),
          it.result,
        ],
      })),
    ),
    para(`Số đối tượng đạt: ${input.items.filter((i) => i.result === 'Đạt').length}/${input.items.length}.`, {
      size: 14,
      bold: true,
      firstLineIndent: true,
      before: 6,
      after: 6,
    }),
    para('Biên bản được lập và thông qua tại phiên họp./.', {
      size: 14,
      firstLineIndent: true,
      after: 12,
      keepNext: true,
    }),
    twoSignatures(
      { signer: input.secretary, options: { note: '(Ký, ghi rõ họ và tên)' } },
      { signer: input.chair, options: { note: '(Ký, ghi rõ họ và tên)' } },
    ),
  ];
  return packOfficialDocument('Biên bản họp Hội đồng Thi đua – Khen thưởng', body);
}
