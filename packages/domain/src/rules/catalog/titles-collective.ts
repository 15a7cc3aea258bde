/**
 * Collective emulation titles for agencies, units and armed-forces units (Law 06/2022 Art. 20, 27–28),
 * with reward multiples of NĐ 152/2025 Art. 50 [V-Q] and issuers of Law Art. 78–80 / NĐ 129/2025 Art. 59.
 */
import { A80_1, A80_2, ART50, grant, LAST_DISTRICT_DAY, ND129, REFORM_DAY, times } from './builders.ts';
import type { CatalogEntry } from './types.ts';

const TITLE_DOSSIER = ['submission', 'achievement_report', 'review_minutes'] as const;

export const COLLECTIVE_TITLES: readonly CatalogEntry[] = [
  {
    code: 'TTLDTT',
    category: 'title',
    name: { vi: 'Tập thể lao động tiên tiến', en: 'Advanced Collective' },
    subjectKinds: ['collective'],
    level: 'base',
    annual: true,
    issuers: [
      grant('unit', A80_1, 'V-Q'),
      grant('district', A80_2, 'V-Q', null, LAST_DISTRICT_DAY),
      grant('commune', ND129, 'V-Q', REFORM_DAY),
    ],
    reward: { collective: times(800, ART50, 'V-Q') },
    dossier: TITLE_DOSSIER,
    council: null,
    citation: 'Luật TĐKT Điều 28',
    confidence: 'V-P',
  },
  {
    code: 'DVTT',
    category: 'title',
    name: { vi: 'Đơn vị tiên tiến', en: 'Advanced Unit (armed forces)' },
    subjectKinds: ['collective'],
    level: 'base',
    annual: true,
    equivalentOf: 'TTLDTT',
    issuers: [grant('unit', A80_1, 'V-Q'), grant('ministry', 'Luật TĐKT Điều 80.5', 'V-Q')],
    reward: { collective: times(800, ART50, 'V-Q') },
    dossier: TITLE_DOSSIER,
    council: null,
    citation: 'Luật TĐKT Điều 28',
    confidence: 'V-P',
  },
  {
    code: 'TTLDXS',
    category: 'title',
    name: { vi: 'Tập thể lao động xuất sắc', en: 'Excellent Collective' },
    subjectKinds: ['collective'],
    level: 'province',
    annual: true,
    issuers: [
      grant('province', 'Luật TĐKT Điều 79; QĐ 86/2025 Bắc Ninh Điều 5.2', 'V-P'),
      grant('ministry', 'Luật TĐKT Điều 78', 'M'),
    ],
    reward: { collective: times(1500, ART50, 'V-Q') },
    dossier: TITLE_DOSSIER,
    council: null,
    citation: 'Luật TĐKT Điều 27',
    confidence: 'V-P',
  },
  {
    code: 'DVQT',
    category: 'title',
    name: { vi: 'Đơn vị quyết thắng', en: 'Determined-to-Win Unit (armed forces)' },
    subjectKinds: ['collective'],
    level: 'province',
    annual: true,
    equivalentOf: 'TTLDXS',
    issuers: [grant('ministry', 'Luật TĐKT Điều 80.5', 'V-Q')],
    reward: { collective: times(1500, ART50, 'V-Q') },
    dossier: TITLE_DOSSIER,
    council: null,
    citation: 'Luật TĐKT Điều 27',
    confidence: 'V-P',
  },
];
