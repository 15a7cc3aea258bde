/**
 * Writes sample documents to a temporary folder, to look at the layout by eye:
 *   npx tsx apps/server/src/documents/docx/preview.ts [outDir]
 *   cd outDir && soffice --headless --convert-to pdf *.docx && for f in *.pdf; do pdftoppm -png -r 60 "$f" "${f%.pdf}"; done
 * Not part of CI.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderAchievementReport, renderNomineeList, renderSubmissionLetter } from './index.ts';
import type { AchievementReportInput, OfficialHeader, SubmissionLetterInput } from './types.ts';

const header: OfficialHeader = {
  parentAgency: 'UBND TỈNH HỒNG LAM',
  agency: 'Sở Giáo dục và Đào tạo',
  numberLine: 'Số: 15/TTr-SGDĐT',
  place: 'Hồng Lam',
  date: '2026-12-05',
  year: 2026,
};

const letter: SubmissionLetterInput = {
  header,
  templateLabel: 'Mẫu số 01 – Nghị định số 152/2025/NĐ-CP',
  subject: 'Về việc đề nghị tặng danh hiệu thi đua và hình thức khen thưởng năm 2025',
  addressee: 'Hội đồng Thi đua – Khen thưởng tỉnh Hồng Lam',
  basis: [
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
    'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;',
    'Căn cứ biên bản họp Hội đồng Thi đua – Khen thưởng Sở ngày 28 tháng 11 năm 2026,',
  ],
  body: 'Sở Giáo dục và Đào tạo đề nghị Hội đồng Thi đua – Khen thưởng tỉnh xem xét, trình Chủ tịch Ủy ban nhân dân tỉnh tặng danh hiệu thi đua và hình thức khen thưởng cho các tập thể, cá nhân có thành tích xuất sắc trong năm học 2025 – 2026, cụ thể như sau:',
  nominees: [
    {
      name: 'Nguyễn Thị Ánh Tuyết',
      subjectKind: 'individual',
      position: 'Tổ trưởng chuyên môn',
      unitName: 'Trường THPT Chuyên Hồng Lam',
      targetName: 'Chiến sĩ thi đua cấp tỉnh',
      achievement:
        'Có sáng kiến “Đổi mới dạy học Toán theo hướng phát triển năng lực” được công nhận cấp tỉnh; 3 năm liền CSTĐCS.',
    },
    {
      name: 'Đặng Quốc Hưng',
      subjectKind: 'individual',
      position: 'Phó Hiệu trưởng',
      unitName: 'Trường THCS Lê Quý Đôn',
      targetName: 'Chiến sĩ thi đua cấp tỉnh',
      achievement: 'Chỉ đạo đơn vị đạt chuẩn quốc gia mức độ 2.',
    },
    {
      name: 'Trương Văn Ửng',
      subjectKind: 'individual',
      position: 'Giáo viên',
      unitName: 'Trường Tiểu học Ỷ Lan',
      targetName: 'Bằng khen của Chủ tịch UBND tỉnh',
      achievement: null,
    },
    {
      name: 'Tổ Toán – Tin học',
      subjectKind: 'collective',
      position: null,
      unitName: 'Trường THPT Chuyên Hồng Lam',
      targetName: 'Tập thể lao động xuất sắc',
      achievement: '100% học sinh đạt yêu cầu; 12 giải học sinh giỏi quốc gia.',
    },
  ],
  signer: { title: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', name: 'Lê Thị Hoài Thương' },
  recipients: ['Như trên;', 'Ban Thi đua – Khen thưởng tỉnh;', 'Lưu: VT, VP.'],
};

const report: AchievementReportInput = {
  header: {
    ...header,
    agency: 'Trường THPT Chuyên Hồng Lam',
    parentAgency: 'SỞ GD&ĐT HỒNG LAM',
    numberLine: '',
    date: null,
  },
  templateLabel: 'Mẫu số 05 – Nghị định số 152/2025/NĐ-CP',
  targetName: 'Chiến sĩ thi đua cấp tỉnh',
  year: 2025,
  subject: {
    kind: 'individual',
    fullName: 'Nguyễn Thị Ánh Tuyết',
    birthDate: '1985-09-05',
    sex: 'female',
    ethnicity: 'Kinh',
    position: 'Tổ trưởng chuyên môn Toán – Tin học',
    unitName: 'Trường THPT Chuyên Hồng Lam',
  },
  achievement:
    'Hoàn thành xuất sắc nhiệm vụ được giao; tỷ lệ học sinh khá, giỏi bộ môn đạt 92%.\nBồi dưỡng đội tuyển học sinh giỏi quốc gia đạt 2 giải Nhì, 3 giải Ba.',
  ratings: [
    { year: 2025, label: 'Hoàn thành xuất sắc nhiệm vụ' },
    { year: 2023, label: 'Hoàn thành xuất sắc nhiệm vụ' },
    { year: 2024, label: 'Hoàn thành tốt nhiệm vụ' },
  ],
  initiatives: [
    {
      title: 'Đổi mới dạy học Toán theo hướng phát triển năng lực người học',
      level: 'Cấp tỉnh',
      recognisedBy: 'Hội đồng Sáng kiến tỉnh Hồng Lam',
      date: '2025-06-20',
    },
  ],
  awards: [
    {
      year: 2023,
      name: 'Chiến sĩ thi đua cơ sở',
      decisionNumber: '125/QĐ-UBND',
      decisionDate: '2023-08-15',
      issuer: 'UBND thành phố Hồng Lam',
    },
    {
      year: 2024,
      name: 'Giấy khen của Giám đốc Sở',
      decisionNumber: '847/QĐ-SGDĐT',
      decisionDate: '2024-09-03',
      issuer: 'Sở Giáo dục và Đào tạo',
    },
  ],
  signer: { title: 'Hiệu trưởng', name: 'Phạm Văn Đức' },
};

const collective: AchievementReportInput = {
  ...report,
  templateLabel: 'Mẫu số 04 – Nghị định số 152/2025/NĐ-CP',
  targetName: 'Tập thể lao động xuất sắc',
  subject: {
    kind: 'collective',
    name: 'Tổ Toán – Tin học',
    parentName: 'Trường THPT Chuyên Hồng Lam',
    memberCount: 14,
  },
  initiatives: [],
  awards: [],
  signer: { title: 'Tổ trưởng', name: 'Nguyễn Thị Ánh Tuyết' },
};

const out = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'vinhdanh-docs-'));
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'to-trinh.docx'), await renderSubmissionLetter(letter));
writeFileSync(join(out, 'bao-cao-ca-nhan.docx'), await renderAchievementReport(report));
writeFileSync(join(out, 'bao-cao-tap-the.docx'), await renderAchievementReport(collective));
writeFileSync(
  join(out, 'danh-sach.xlsx'),
  await renderNomineeList({
    title: 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
    subtitle: 'Kèm theo Tờ trình số 15/TTr-SGDĐT ngày 05/12/2026',
    rows: letter.nominees.map((n) => ({
      name: n.name,
      kindLabel: n.subjectKind === 'individual' ? 'Cá nhân' : 'Tập thể',
      birthDate: n.subjectKind === 'individual' ? '1985-09-05' : null,
      position: n.position,
      unitName: n.unitName,
      targetName: n.targetName,
      verdictLabel: 'Đạt',
      appraisalLabel: 'Đủ điều kiện',
      note: null,
    })),
  }),
);
console.log(out);
