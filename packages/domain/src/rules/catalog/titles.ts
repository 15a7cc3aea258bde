/**
 * Individual emulation titles (danh hiệu thi đua), Law 06/2022 Art. 19, 21–24, with reward multiples of
 * NĐ 152/2025 Art. 50 [V-Q] and issuers of Law Art. 80 / NĐ 129/2025 Art. 59 [V-Q].
 */
import {
  A80_1,
  A80_2,
  A80_3,
  ART50,
  council,
  grant,
  LAST_DISTRICT_DAY,
  ND129,
  REFORM_DAY,
  times,
} from './builders.ts';
import type { CatalogEntry } from './types.ts';

const TITLE_DOSSIER = ['submission', 'achievement_report', 'review_minutes'] as const;
const FIGHTER_DOSSIER = [...TITLE_DOSSIER, 'ballot_result', 'initiative_certificate'] as const;

export const TITLES: readonly CatalogEntry[] = [
  {
    code: 'LDTT',
    category: 'title',
    name: { vi: 'Lao động tiên tiến', en: 'Advanced Worker' },
    subjectKinds: ['individual'],
    level: 'base',
    annual: true,
    issuers: [
      grant('unit', A80_1, 'V-Q'),
      grant('commune', A80_3, 'V-Q'),
      grant('district', A80_2, 'V-Q', null, LAST_DISTRICT_DAY),
    ],
    reward: { individual: times(300, ART50, 'V-Q') },
    dossier: TITLE_DOSSIER,
    council: null,
    citation: 'Luật TĐKT Điều 24',
    confidence: 'V-Q',
  },
  {
    code: 'CSTT',
    category: 'title',
    name: { vi: 'Chiến sĩ tiên tiến', en: 'Advanced Soldier' },
    subjectKinds: ['individual'],
    level: 'base',
    annual: true,
    equivalentOf: 'LDTT',
    issuers: [grant('unit', A80_1, 'V-Q'), grant('ministry', 'Luật TĐKT Điều 80.5', 'V-Q')],
    reward: { individual: times(300, ART50, 'V-Q') },
    dossier: TITLE_DOSSIER,
    council: null,
    citation: 'Luật TĐKT Điều 24.2',
    confidence: 'V-Q',
  },
  {
    code: 'CSTDCS',
    category: 'title',
    name: { vi: 'Chiến sĩ thi đua cơ sở', en: 'Base-level Emulation Fighter' },
    subjectKinds: ['individual'],
    level: 'base',
    annual: true,
    issuers: [
      grant('unit', A80_1, 'V-Q'),
      grant('district', A80_2, 'V-Q', null, LAST_DISTRICT_DAY),
      grant('commune', ND129, 'V-Q', REFORM_DAY),
    ],
    reward: { individual: times(1000, ART50, 'V-Q') },
    dossier: FIGHTER_DOSSIER,
    council: council(80),
    citation: 'Luật TĐKT Điều 23',
    confidence: 'V-Q',
  },
  {
    code: 'CSTD_TINH',
    category: 'title',
    name: { vi: 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', en: 'Ministry/Provincial Emulation Fighter' },
    subjectKinds: ['individual'],
    level: 'province',
    annual: true,
    issuers: [grant('province', 'Luật TĐKT Điều 79', 'M'), grant('ministry', 'Luật TĐKT Điều 78', 'M')],
    reward: { individual: times(3000, ART50, 'V-Q') },
    dossier: [...FIGHTER_DOSSIER, 'scope_certificate'],
    council: council(90),
    citation: 'Luật TĐKT Điều 22',
    confidence: 'V-Q',
  },
  {
    code: 'CSTDTQ',
    category: 'title',
    name: { vi: 'Chiến sĩ thi đua toàn quốc', en: 'National Emulation Fighter' },
    subjectKinds: ['individual'],
    level: 'national',
    annual: false,
    issuers: [grant('prime_minister', 'NĐ 98/2023 Điều 33; Luật TĐKT Điều 77', 'V-Q')],
    reward: { individual: times(4500, ART50, 'V-Q') },
    dossier: [...FIGHTER_DOSSIER, 'scope_certificate', 'electronic_copy'],
    council: council(90),
    citation: 'Luật TĐKT Điều 21',
    confidence: 'V-Q',
  },
];
