/**
 * Inputs of the dossier documents (hồ sơ đề nghị khen thưởng). Plain data: the renderers do no I/O and
 * read no clock, so the service decides every text, number and date that appears on the page.
 */

export interface OfficialHeader {
  parentAgency: string | null; // e.g. 'UBND TỈNH HỒNG LAM' (already upper case, or null)
  agency: string; // e.g. 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' (render upper case)
  numberLine: string; // e.g. 'Số: 15/TTr-SGDĐT'
  place: string; // e.g. 'Hồng Lam'
  date: string | null; // ISO yyyy-MM-dd, or null for a blank date line
  year: number; // used for the blank date line
}

export interface Signer {
  title: string;
  name: string | null;
}

export interface SubmissionNominee {
  name: string;
  subjectKind: 'individual' | 'collective' | 'household';
  position: string | null;
  unitName: string;
  targetName: string;
  achievement: string | null;
}

export interface SubmissionLetterInput {
  header: OfficialHeader;
  templateLabel: string; // 'Mẫu số 01 – Nghị định số 152/2025/NĐ-CP'
  subject: string; // 'Về việc đề nghị tặng danh hiệu thi đua và hình thức khen thưởng năm 2025'
  addressee: string; // 'Hội đồng Thi đua – Khen thưởng tỉnh Hồng Lam'
  basis: string[]; // 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;' …
  body: string; // free paragraph(s) separated by \n
  nominees: SubmissionNominee[];
  signer: Signer;
  recipients: string[]; // Nơi nhận
}

export interface AchievementReportInput {
  header: OfficialHeader;
  templateLabel: string; // 'Mẫu số 05 – Nghị định số 152/2025/NĐ-CP'
  targetName: string; // 'Chiến sĩ thi đua cấp tỉnh'
  year: number;
  subject:
    | {
        kind: 'individual';
        fullName: string;
        birthDate: string | null;
        sex: 'male' | 'female' | null;
        ethnicity: string | null;
        position: string | null;
        unitName: string;
      }
    | { kind: 'collective'; name: string; parentName: string | null; memberCount: number | null };
  achievement: string | null;
  ratings: Array<{ year: number; label: string }>;
  initiatives: Array<{ title: string; level: string; recognisedBy: string | null; date: string | null }>;
  awards: Array<{
    year: number;
    name: string;
    decisionNumber: string | null;
    decisionDate: string | null;
    issuer: string | null;
  }>;
  signer: Signer; // the unit head who confirms
}

export interface NomineeListInput {
  title: string; // 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'
  subtitle: string; // 'Kèm theo Tờ trình số 15/TTr-SGDĐT ngày 05/12/2026'
  rows: Array<{
    name: string;
    kindLabel: string;
    birthDate: string | null;
    position: string | null;
    unitName: string;
    targetName: string;
    verdictLabel: string;
    appraisalLabel: string;
    note: string | null;
  }>;
}
