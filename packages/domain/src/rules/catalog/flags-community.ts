/**
 * Emulation flags (Law 06/2022 Art. 25–26) and community titles (Art. 20, 29–31): exemplary commune,
 * cultured village or residential group, cultured family. Multiples: NĐ 152/2025 Art. 50 [V-Q].
 */
import { ART50, council, grant, LAST_DISTRICT_DAY, REFORM_DAY, times } from './builders.ts';
import type { CatalogEntry } from './types.ts';

const FLAG_DOSSIER = ['submission', 'achievement_report', 'review_minutes', 'ballot_result'] as const;

export const FLAGS_AND_COMMUNITY: readonly CatalogEntry[] = [
  {
    code: 'CO_TINH',
    category: 'title',
    name: {
      vi: 'Cờ thi đua của Ủy ban nhân dân tỉnh (bộ, ban, ngành)',
      en: 'Provincial (ministry) Emulation Flag',
    },
    subjectKinds: ['collective'],
    level: 'province',
    annual: true,
    issuers: [
      grant('province', 'QĐ 86/2025 Bắc Ninh Điều 5.1(b)', 'V-P'),
      grant('ministry', 'Luật TĐKT Điều 78', 'M'),
    ],
    reward: { collective: times(8000, ART50, 'V-Q') },
    dossier: FLAG_DOSSIER,
    council: council(80),
    citation: 'Luật TĐKT Điều 26',
    confidence: 'V-P',
  },
  {
    code: 'CO_CP',
    category: 'title',
    name: { vi: 'Cờ thi đua của Chính phủ', en: 'Government Emulation Flag' },
    subjectKinds: ['collective'],
    level: 'national',
    annual: true,
    issuers: [grant('prime_minister', 'QĐ 311/QĐ-BNV', 'V-Q')],
    reward: { collective: times(12000, ART50, 'V-Q') },
    dossier: [...FLAG_DOSSIER, 'electronic_copy'],
    council: council(80),
    citation: 'Luật TĐKT Điều 25',
    confidence: 'M',
  },
  {
    code: 'XA_TIEU_BIEU',
    category: 'title',
    name: { vi: 'Xã, phường, đặc khu tiêu biểu', en: 'Exemplary Commune' },
    subjectKinds: ['collective'],
    level: 'province',
    annual: false,
    issuers: [grant('province', 'Luật TĐKT Điều 79', 'M')],
    reward: { collective: times(2000, ART50, 'V-Q') },
    dossier: ['submission', 'achievement_report', 'review_minutes'],
    council: null,
    citation: 'Luật TĐKT Điều 29; NĐ 152/2025 Điều 50.2(c)',
    confidence: 'M',
  },
  {
    code: 'THON_VAN_HOA',
    category: 'title',
    name: { vi: 'Thôn, tổ dân phố văn hóa', en: 'Cultured Village or Residential Group' },
    subjectKinds: ['collective'],
    level: 'commune',
    annual: false,
    issuers: [
      grant('district', 'Luật TĐKT Điều 80.2', 'V-Q', null, LAST_DISTRICT_DAY),
      grant('commune', 'NĐ 129/2025 Điều 59', 'V-Q', REFORM_DAY),
    ],
    reward: { collective: times(1500, ART50, 'V-Q') },
    dossier: ['submission', 'review_minutes'],
    council: null,
    citation: 'Luật TĐKT Điều 30; NĐ 86/2023',
    confidence: 'M',
  },
  {
    code: 'GIA_DINH_VAN_HOA',
    category: 'title',
    name: { vi: 'Gia đình văn hóa', en: 'Cultured Family' },
    subjectKinds: ['household'],
    level: 'commune',
    annual: false,
    issuers: [grant('commune', 'Luật TĐKT Điều 80.3; NĐ 129/2025 Điều 59', 'V-Q')],
    // NĐ 152 Art. 50 lists no amount for this title [D].
    reward: {},
    dossier: ['submission', 'review_minutes'],
    council: null,
    citation: 'Luật TĐKT Điều 31; NĐ 86/2023',
    confidence: 'M',
  },
];
