/**
 * LĐTT standard (b): self-reliance, solidarity and active participation in emulation movements
 * (Law 06/2022 Art. 24.1(b) [V-Q]). Only a unit can judge it, so it fails only when attested false.
 */
import { attested, type EligibilityRule, makeReason } from './context.ts';

const OK = {
  vi: 'Tích cực tham gia phong trào thi đua, có tinh thần đoàn kết.',
  en: 'Takes part in emulation movements, with solidarity.',
};
const NO = {
  vi: 'Đơn vị xác nhận không tích cực tham gia phong trào thi đua.',
  en: 'The unit attests no active part in emulation movements.',
};

export const movementParticipationRule: EligibilityRule = {
  id: 'movement-participation',
  evaluate(ctx) {
    const a = ctx.subject.attestations;
    const passed = attested(a?.participatesInMovements) && attested(a?.solidarity);
    return makeReason(this.id, passed, passed ? OK : NO, 'Luật TĐKT Điều 24.1(b)', 'V-Q', {
      participatesInMovements: a?.participatesInMovements ?? null,
      solidarity: a?.solidarity ?? null,
    });
  },
};
