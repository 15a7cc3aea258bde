/**
 * Certificates of merit and commendation (Bằng khen, Giấy khen; Law 06/2022 Art. 72–75).
 * Collective multiples from NĐ 152 Art. 51 tables [S S10]; individual ones are half the collective [D],
 * household ones 1.5 × the individual amount [S S10].
 */
import { ART51, grant, LAST_DISTRICT_DAY, times } from './builders.ts';
import type { CatalogEntry } from './types.ts';

const FORM_DOSSIER = ['submission', 'achievement_report', 'review_minutes'] as const;

export const FORMS: readonly CatalogEntry[] = [
  {
    code: 'BK_TTG',
    category: 'form',
    name: { vi: 'Bằng khen của Thủ tướng Chính phủ', en: 'Prime Minister’s Certificate of Merit' },
    subjectKinds: ['individual', 'collective', 'household'],
    level: 'national',
    annual: false,
    issuers: [grant('prime_minister', 'Luật TĐKT Điều 73; QĐ 311/QĐ-BNV', 'V-Q')],
    reward: {
      collective: times(7000, ART51, 'S'),
      individual: times(3500, ART51, 'D'),
      household: times(5250, ART51, 'S'),
    },
    dossier: [...FORM_DOSSIER, 'electronic_copy'],
    council: null,
    citation: 'Luật TĐKT Điều 73',
    confidence: 'M',
  },
  {
    code: 'BK_TINH',
    category: 'form',
    name: {
      vi: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (bộ, ban, ngành)',
      en: 'Certificate of Merit of the Provincial Chairman (or Minister)',
    },
    subjectKinds: ['individual', 'collective', 'household'],
    level: 'province',
    annual: false,
    issuers: [
      grant('province', 'Luật TĐKT Điều 74; QĐ 86/2025 Bắc Ninh Điều 5.2(b)', 'V-P'),
      grant('ministry', 'Luật TĐKT Điều 74', 'V-Q'),
    ],
    reward: {
      collective: times(3000, ART51, 'S'),
      individual: times(1500, ART51, 'D'),
      household: times(2250, ART51, 'S'),
    },
    dossier: FORM_DOSSIER,
    council: null,
    citation: 'Luật TĐKT Điều 74; QĐ 86/2025 Bắc Ninh Điều 3.3',
    confidence: 'V-P',
  },
  {
    code: 'GIAY_KHEN',
    category: 'form',
    name: { vi: 'Giấy khen', en: 'Certificate of Commendation' },
    subjectKinds: ['individual', 'collective', 'household'],
    level: 'base',
    annual: false,
    issuers: [
      grant('unit', 'Luật TĐKT Điều 75.1', 'V-P'),
      grant('commune', 'Luật TĐKT Điều 75.1; NĐ 129/2025 Điều 59', 'V-Q'),
      grant('district', 'Luật TĐKT Điều 75.1', 'V-Q', null, LAST_DISTRICT_DAY),
    ],
    reward: {
      collective: times(600, ART51, 'S'),
      individual: times(300, ART51, 'D'),
      household: times(450, ART51, 'S'),
    },
    dossier: FORM_DOSSIER,
    council: null,
    citation: 'Luật TĐKT Điều 75; QĐ 86/2025 Bắc Ninh Điều 4.3',
    confidence: 'V-P',
  },
];
