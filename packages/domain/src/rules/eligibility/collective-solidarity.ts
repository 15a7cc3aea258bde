/**
 * Collectives need internal solidarity and effective emulation movements (Law 06/2022 Art. 26–28, 74;
 * QĐ 86/2025 Bắc Ninh Art. 3–4 [V-P]). Judged by people, so it fails only when attested false.
 */
import { attested, type EligibilityRule, makeReason } from './context.ts';

const OK = {
  vi: 'Nội bộ đoàn kết, phong trào thi đua thiết thực, hiệu quả.',
  en: 'United, with effective emulation movements.',
};
const NO = {
  vi: 'Được xác nhận nội bộ không đoàn kết hoặc phong trào thi đua không hiệu quả.',
  en: 'Attested as lacking solidarity or effective movements.',
};

export const collectiveSolidarityRule: EligibilityRule = {
  id: 'collective-solidarity',
  evaluate(ctx) {
    if (ctx.subject.kind !== 'collective') return null;
    const a = ctx.subject.attestations;
    const passed = attested(a?.solidarity) && attested(a?.participatesInMovements);
    return makeReason(
      this.id,
      passed,
      passed ? OK : NO,
      'Luật TĐKT Điều 27, 28; QĐ 86/2025 Bắc Ninh Điều 3–4',
      'V-P',
      {
        solidarity: a?.solidarity ?? null,
        participatesInMovements: a?.participatesInMovements ?? null,
      },
    );
  },
};
