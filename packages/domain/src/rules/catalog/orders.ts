/**
 * Orders (Huân chương, Law Art. 33–47) and state honorary titles (Art. 59). Only their names, issuer
 * and reward multiples are modelled; their standards are [M] in legal-rules.md §2.3 and are not coded.
 * Collective multiples: NĐ 152 Art. 51–52 tables [S S10]; individual = half [D]; Hero and Nhân
 * dân/Ưu tú values from NĐ 98 Art. 56 [V-Q S11], carry-over into NĐ 152 [D].
 */
import type { Confidence } from '../types.ts';
import { ART51, council, grant, times } from './builders.ts';
import type { CatalogEntry } from './types.ts';

type Row = [
  code: string,
  vi: string,
  en: string,
  collective: number | null,
  individual: number,
  conf: Confidence,
];

const ORDER_ROWS: readonly Row[] = [
  ['HC_SAO_VANG', 'Huân chương Sao vàng', 'Gold Star Order', 92000, 46000, 'S'],
  ['HC_HO_CHI_MINH', 'Huân chương Hồ Chí Minh', 'Ho Chi Minh Order', 61000, 30500, 'S'],
  ['HC_DOC_LAP_1', 'Huân chương Độc lập hạng Nhất', 'Independence Order, 1st class', 30000, 15000, 'S'],
  ['HC_DOC_LAP_2', 'Huân chương Độc lập hạng Nhì', 'Independence Order, 2nd class', 25000, 12500, 'S'],
  ['HC_DOC_LAP_3', 'Huân chương Độc lập hạng Ba', 'Independence Order, 3rd class', 21000, 10500, 'M'],
  ['HC_LAO_DONG_1', 'Huân chương Lao động hạng Nhất', 'Labour Order, 1st class', 18000, 9000, 'S'],
  ['HC_LAO_DONG_2', 'Huân chương Lao động hạng Nhì', 'Labour Order, 2nd class', 15000, 7500, 'S'],
  ['HC_LAO_DONG_3', 'Huân chương Lao động hạng Ba', 'Labour Order, 3rd class', 9000, 4500, 'S'],
  ['HC_DAI_DOAN_KET', 'Huân chương Đại đoàn kết dân tộc', 'Great National Unity Order', 15000, 7500, 'S'],
  ['HC_DUNG_CAM', 'Huân chương Dũng cảm', 'Bravery Order', 9000, 4500, 'S'],
];

const HONOUR_ROWS: readonly Row[] = [
  ['ANH_HUNG_LAO_DONG', 'Anh hùng Lao động', 'Labour Hero', 31000, 15500, 'V-Q'],
  [
    'ANH_HUNG_LLVTND',
    'Anh hùng Lực lượng vũ trang nhân dân',
    'Hero of the People’s Armed Forces',
    31000,
    15500,
    'V-Q',
  ],
  ['BA_ME_VNAH', 'Bà mẹ Việt Nam anh hùng', 'Heroic Vietnamese Mother', null, 15500, 'V-Q'],
  [
    'DH_NHAN_DAN',
    'Danh hiệu “Nhân dân” (Nhà giáo, Thầy thuốc, Nghệ sĩ, Nghệ nhân)',
    '“People’s” honorary title',
    null,
    12500,
    'V-Q',
  ],
  [
    'DH_UU_TU',
    'Danh hiệu “Ưu tú” (Nhà giáo, Thầy thuốc, Nghệ sĩ, Nghệ nhân)',
    '“Meritorious” honorary title',
    null,
    9000,
    'V-Q',
  ],
];

const PRESIDENT = grant('president', 'Luật TĐKT Điều 77', 'M');

function toEntry(row: Row, honour: boolean): CatalogEntry {
  const [code, vi, en, collective, individual, conf] = row;
  const citation = honour ? 'NĐ 98/2023 Điều 56; NĐ 152/2025 Điều 52' : ART51;
  const isHero = code === 'ANH_HUNG_LAO_DONG' || code === 'ANH_HUNG_LLVTND';
  return {
    code,
    category: 'form',
    name: { vi, en },
    subjectKinds: collective === null ? ['individual'] : ['individual', 'collective'],
    level: 'state',
    annual: false,
    issuers: [PRESIDENT],
    reward:
      collective === null
        ? { individual: times(individual, citation, conf) }
        : {
            individual: times(individual, citation, conf === 'V-Q' ? 'V-Q' : 'D'),
            collective: times(collective, citation, conf),
          },
    dossier: ['submission', 'achievement_report', 'review_minutes', 'electronic_copy'],
    // Heroes need ≥ 90 % of the council's total membership (NĐ 98 Art. 30.7, 47.4(b)) [V-Q].
    council: isHero ? council(90) : null,
    citation: honour ? 'Luật TĐKT Điều 59' : 'Luật TĐKT Điều 33–47',
    confidence: 'M',
  };
}

export const ORDERS_AND_HONOURS: readonly CatalogEntry[] = [
  ...ORDER_ROWS.map((r) => toEntry(r, false)),
  ...HONOUR_ROWS.map((r) => toEntry(r, true)),
];
