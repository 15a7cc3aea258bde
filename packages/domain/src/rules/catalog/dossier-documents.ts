/**
 * Dossier components (thành phần hồ sơ) named once, referenced by catalog entries.
 * Law 06/2022 Art. 84.1 [V-Q]; NĐ 98 Art. 33, 34.2 [V-Q]; QĐ 638/QĐ-BNV and NĐ 152 appendix
 * (Mẫu 01, 05) [V-Q]; QĐ 311/QĐ-BNV for central submissions [V-Q].
 */
import type { Bilingual } from '../types.ts';

export type DossierDocumentCode =
  | 'submission'
  | 'achievement_report'
  | 'review_minutes'
  | 'ballot_result'
  | 'initiative_certificate'
  | 'scope_certificate'
  | 'electronic_copy'
  | 'career_summary_report'
  | 'adhoc_certificate';

export interface DossierDocument {
  readonly code: DossierDocumentCode;
  readonly name: Bilingual;
  readonly template: string | null;
  readonly citation: string;
}

export const DOSSIER_DOCUMENTS: readonly DossierDocument[] = [
  {
    code: 'submission',
    name: { vi: 'Tờ trình đề nghị khen thưởng', en: 'Proposal submission' },
    template: 'Mẫu số 01 (NĐ 152/2025)',
    citation: 'Luật TĐKT Điều 84.1(a); QĐ 638/QĐ-BNV',
  },
  {
    code: 'achievement_report',
    name: { vi: 'Báo cáo thành tích', en: 'Achievement report' },
    template: 'Mẫu số 02–12 (NĐ 152/2025) theo đối tượng',
    citation: 'Luật TĐKT Điều 84.1(b); NĐ 152/2025 Phụ lục',
  },
  {
    code: 'review_minutes',
    name: { vi: 'Biên bản họp xét thi đua, khen thưởng', en: 'Review meeting minutes' },
    template: null,
    citation: 'Luật TĐKT Điều 84.1(c)',
  },
  {
    code: 'ballot_result',
    name: { vi: 'Kết quả bỏ phiếu của Hội đồng Thi đua – Khen thưởng', en: 'Council ballot result' },
    template: null,
    citation: 'NĐ 98/2023 Điều 30.7, 34.2',
  },
  {
    code: 'initiative_certificate',
    name: {
      vi: 'Giấy chứng nhận hoặc xác nhận sáng kiến, đề tài khoa học',
      en: 'Certificate of the initiative or research work',
    },
    template: null,
    citation: 'Luật TĐKT Điều 84.1(d)',
  },
  {
    code: 'scope_certificate',
    name: {
      vi: 'Xác nhận phạm vi ảnh hưởng của sáng kiến (cấp bộ, tỉnh hoặc toàn quốc)',
      en: 'Confirmation of the initiative’s scope (ministry, province or nationwide)',
    },
    template: null,
    citation: 'NĐ 98/2023 Điều 33, 34.2',
  },
  {
    code: 'electronic_copy',
    name: { vi: 'Bản điện tử (Word và PDF) gửi qua hệ thống', en: 'Electronic copy (Word and PDF)' },
    template: null,
    citation: 'QĐ 311/QĐ-BNV',
  },
  {
    code: 'career_summary_report',
    name: { vi: 'Báo cáo tóm tắt quá trình công tác, cống hiến', en: 'Career summary report' },
    template: null,
    citation: 'QĐ 311/QĐ-BNV',
  },
  {
    code: 'adhoc_certificate',
    name: {
      vi: 'Xác nhận của cơ quan có thẩm quyền về thành tích đột xuất',
      en: 'Certificate of the ad-hoc achievement',
    },
    template: null,
    citation: 'QĐ 311/QĐ-BNV',
  },
];
