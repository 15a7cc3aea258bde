/**
 * Entry points of the eligibility engine. A verdict is data, never an exception (architecture.md
 * "Errors"): every rule that ran leaves a reason with its citation and confidence, and the outcome is
 * the strongest effect among failed reasons: block → not_eligible, defer → deferred, council →
 * needs_council_vote; otherwise eligible.
 */
import { getCatalogEntry } from '../catalog/lookup.ts';
import { defaultValues } from '../parameter-defaults.ts';
import { isBeforeModelledRange, selectRegime } from '../regimes.ts';
import type { SubjectCase } from '../subject-case.ts';
import type { Outcome, Reason, RegimeId, Verdict } from '../types.ts';
import { type EvaluateOptions, makeReason, type RuleContext } from './context.ts';
import { RULE_SETS } from './rule-sets.ts';

const UNKNOWN = {
  vi: 'Không có danh hiệu, hình thức này trong danh mục.',
  en: 'No such title or form in the catalog.',
};
const NOT_MODELLED = {
  vi: 'Tiêu chuẩn của danh hiệu, hình thức này chưa được mô hình hóa; cần xét thủ công.',
  en: 'The standards of this title or form are not modelled; judge it manually.',
};
const OLD_LAW = {
  vi: 'Ngày xét trước 01/01/2024 (Luật TĐKT 2003, NĐ 91/2017): hệ thống xét theo quy định hiện hành, cần đối chiếu thủ công.',
  en: 'Date before 01/01/2024 (2003 Law, Decree 91/2017): judged by current rules; check manually.',
};

function outcomeOf(reasons: readonly Reason[]): Outcome {
  let defer = false;
  let council = false;
  for (let i = 0; i < reasons.length; i++) {
    const r = reasons[i]!;
    if (r.passed) continue;
    if (r.effect === 'block') return 'not_eligible';
    if (r.effect === 'defer') defer = true;
    else if (r.effect === 'council') council = true;
  }
  return defer ? 'deferred' : council ? 'needs_council_vote' : 'eligible';
}

function stop(target: string, regime: RegimeId, ruleId: string, message: typeof UNKNOWN): Verdict {
  const r = makeReason(ruleId, false, message, 'Luật TĐKT 06/2022/QH15', 'D', { target });
  return { outcome: 'not_eligible', target, regime, reasons: [r] };
}

export function evaluateEligibility(
  subject: SubjectCase,
  target: string,
  options: EvaluateOptions = {},
): Verdict {
  const date = options.regimeDate ?? subject.asOfDate;
  const regime = selectRegime(date).id;
  const entry = getCatalogEntry(target);
  if (!entry) return stop(target, regime, 'unknown-target', UNKNOWN);
  const set = RULE_SETS[regime].get(target);
  if (!set) return stop(target, regime, 'target-not-modelled', NOT_MODELLED);
  const params = options.parameters ?? defaultValues(regime);
  const span = set.windowYears === 'bkTtg' ? params.bkTtgHtxsYears : set.windowYears;
  const ctx: RuleContext = {
    subject,
    target,
    entry,
    regime,
    params,
    options,
    windowStartYear: subject.targetYear - span + 1,
  };
  const reasons: Reason[] = [];
  if (isBeforeModelledRange(date))
    reasons.push(
      makeReason('regime-coverage', true, OLD_LAW, 'Luật TĐKT 06/2022 Điều 96', 'D', { date }, 'info'),
    );
  const rules = set.rules;
  let blocked = false;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (blocked && rule.skipWhenBlocked) continue;
    const r = rule.evaluate(ctx);
    if (r === null) continue;
    if (!r.passed && r.effect === 'block') blocked = true;
    reasons.push(r);
  }
  return { outcome: outcomeOf(reasons), target, regime, reasons };
}

const INDIVIDUAL = ['LDTT', 'CSTDCS', 'CSTD_TINH', 'CSTDTQ', 'BK_TINH', 'BK_TTG', 'GIAY_KHEN'] as const;
const INDIVIDUAL_ARMED = ['CSTT', 'CSTDCS', 'CSTD_TINH', 'CSTDTQ', 'BK_TINH', 'BK_TTG', 'GIAY_KHEN'] as const;
const COLLECTIVE = ['TTLDTT', 'TTLDXS', 'CO_TINH', 'BK_TINH', 'BK_TTG', 'GIAY_KHEN'] as const;
const COLLECTIVE_ARMED = ['DVTT', 'DVQT', 'CO_TINH', 'BK_TINH', 'BK_TTG', 'GIAY_KHEN'] as const;
const HOUSEHOLD = ['BK_TINH', 'GIAY_KHEN'] as const;

/** Targets `evaluateAllTargets` checks for a subject (armed forces get CSTT / ĐVTT / ĐVQT). */
export function applicableTargets(subject: SubjectCase): readonly string[] {
  const armed = subject.attributes?.isArmedForces === true;
  if (subject.kind === 'individual') return armed ? INDIVIDUAL_ARMED : INDIVIDUAL;
  if (subject.kind === 'collective') return armed ? COLLECTIVE_ARMED : COLLECTIVE;
  return HOUSEHOLD;
}

/**
 * Every modelled target for the subject's kind. The council ballot and cited ids in `options` apply to
 * one target, so they are dropped here: targets that need a ballot come back as `needs_council_vote`.
 */
export function evaluateAllTargets(subject: SubjectCase, options: EvaluateOptions = {}): Verdict[] {
  const shared: EvaluateOptions = { parameters: options.parameters, regimeDate: options.regimeDate };
  const targets = applicableTargets(subject);
  const out: Verdict[] = new Array(targets.length);
  for (let i = 0; i < targets.length; i++) out[i] = evaluateEligibility(subject, targets[i]!, shared);
  return out;
}
