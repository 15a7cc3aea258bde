/**
 * The target must exist for the subject's kind: titles for individuals (Law 06/2022 Art. 19),
 * collectives and households (Art. 20); forms per Art. 72–75.
 */
import { type EligibilityRule, makeReason } from './context.ts';

const OK = {
  vi: 'Danh hiệu, hình thức áp dụng cho loại đối tượng này.',
  en: 'The title or form applies to this kind of subject.',
};
const NO = {
  vi: 'Danh hiệu, hình thức không áp dụng cho loại đối tượng này.',
  en: 'The title or form does not apply to this kind of subject.',
};

export const subjectKindRule: EligibilityRule = {
  id: 'subject-kind',
  evaluate(ctx) {
    const passed = ctx.entry.subjectKinds.includes(ctx.subject.kind);
    return makeReason(this.id, passed, passed ? OK : NO, ctx.entry.citation, ctx.entry.confidence, {
      kind: ctx.subject.kind,
      allowed: ctx.entry.subjectKinds,
    });
  },
};
