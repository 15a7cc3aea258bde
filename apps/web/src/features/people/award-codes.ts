import type { MessageKey } from '../../i18n/index.ts';

/** Common title and form codes (see the glossary); the field stays free text for codes not listed. */
export const AWARD_CODES: Array<{ code: string; label: MessageKey }> = [
  { code: 'LDTT', label: 'award.LDTT' },
  { code: 'CSTDCS', label: 'award.CSTDCS' },
  { code: 'CSTD_TINH', label: 'award.CSTD_TINH' },
  { code: 'CSTDTQ', label: 'award.CSTDTQ' },
  { code: 'GIAY_KHEN', label: 'award.GIAY_KHEN' },
  { code: 'BK_TINH', label: 'award.BK_TINH' },
  { code: 'BK_TTG', label: 'award.BK_TTG' },
  { code: 'TTLDTT', label: 'award.TTLDTT' },
  { code: 'TTLDXS', label: 'award.TTLDXS' },
  { code: 'CO_TINH', label: 'award.CO_TINH' },
  { code: 'CO_CP', label: 'award.CO_CP' },
];
const BY_CODE = new Map(AWARD_CODES.map((a) => [a.code, a.label]));

export function awardCodeLabel(code: string): MessageKey | undefined {
  return BY_CODE.get(code);
}
