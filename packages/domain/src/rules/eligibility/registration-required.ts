/**
 * Emulation registration (đăng ký thi đua) is a basis for awarding titles: who did not register is not
 * considered. Believed to be Law 06/2022 Art. 18 [M]; shipped as the toggle `registrationRequired`
 * (legal-rules.md §1.0, §4.1). Forms (Bằng khen, Giấy khen) need no registration.
 */
import { type EligibilityRule, makeReason } from './context.ts';

const OK = { vi: 'Đã đăng ký thi đua.', en: 'Registered for emulation.' };
const NO = {
  vi: 'Chưa đăng ký thi đua danh hiệu này nên không được xét.',
  en: 'Not registered for this title, so not considered.',
};
const OFF = { vi: 'Địa phương không bắt buộc đăng ký thi đua.', en: 'Registration is not required here.' };
const CITATION = 'Luật TĐKT Điều 18';

export const registrationRequiredRule: EligibilityRule = {
  id: 'registration-required',
  evaluate(ctx) {
    if (ctx.entry.category !== 'title') return null;
    if (!ctx.params.registrationRequired) return makeReason(this.id, true, OFF, CITATION, 'M', {}, 'info');
    const reg = ctx.subject.registration;
    const passed = !!reg?.registered && (reg.targets === undefined || reg.targets.includes(ctx.target));
    return makeReason(this.id, passed, passed ? OK : NO, CITATION, 'M', {
      registered: reg?.registered ?? false,
    });
  },
};
