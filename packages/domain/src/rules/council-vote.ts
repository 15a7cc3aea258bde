/**
 * Emulation-Commendation Council ballot (Hội đồng TĐKT bỏ phiếu). NĐ 98/2023 Art. 30.7 [V-Q]: CSTĐCS,
 * provincial/ministry flags and the Government flag need ≥ 80 %, CSTĐ tỉnh, CSTĐTQ and Heroes ≥ 90 %,
 * of the council's TOTAL membership; absent members give written opinions that count. The NĐ 152
 * equivalent is unverified [M], hence thresholds are parameters. Quorum 2/3 (NĐ 98 Art. 47; Bắc Ninh
 * QĐ 86/2025 Art. 8). All comparisons are integer cross-multiplications: no floating-point boundary.
 */
import { councilThresholdFor, isValidVoteInput, meetsPercent } from './council-threshold.ts';
import { defaultValues, type RuleParameters } from './parameter-defaults.ts';
import { selectRegime } from './regimes.ts';
import type { Confidence, IsoDate, Reason } from './types.ts';

export interface CouncilVoteInput {
  readonly totalMembers: number;
  readonly present: number;
  /** Members present who voted yes. */
  readonly yesPresent: number;
  /** Written opinions received from absent members, and how many of them agree. */
  readonly absentWrittenOpinions?: number;
  readonly absentWrittenYes?: number;
}

export interface CouncilVoteResult {
  readonly outcome: 'passed' | 'not_passed' | 'invalid_session' | 'not_required';
  readonly passed: boolean;
  readonly agree: number;
  readonly totalMembers: number;
  readonly thresholdPercent: number | null;
  readonly reasons: readonly Reason[];
}

export interface CouncilVoteOptions {
  readonly parameters?: RuleParameters;
  /** Session date; picks the regime (and so the citation's confidence). */
  readonly date?: IsoDate;
}

function reason(
  ruleId: string,
  passed: boolean,
  vi: string,
  en: string,
  citation: string,
  confidence: Confidence,
  facts: Record<string, unknown>,
): Reason {
  return { ruleId, passed, message: { vi, en }, citation, confidence, facts, effect: 'block' };
}

export function evaluateCouncilVote(
  input: CouncilVoteInput,
  target: string,
  options: CouncilVoteOptions = {},
): CouncilVoteResult {
  const regime = selectRegime(options.date ?? '9999-12-31').id;
  const params = options.parameters ?? defaultValues(regime);
  const threshold = councilThresholdFor(target, params);
  const written = input.absentWrittenOpinions ?? input.absentWrittenYes ?? 0;
  const writtenYes = input.absentWrittenYes ?? 0;
  const agree = input.yesPresent + (params.absentWrittenOpinionsCount ? writtenYes : 0);
  const total = input.totalMembers;
  const base = { agree, totalMembers: total, thresholdPercent: threshold };
  if (threshold === null) {
    const r = reason(
      'council-not-required',
      true,
      'Danh hiệu, hình thức này không bắt buộc Hội đồng bỏ phiếu.',
      'This title or form needs no council ballot.',
      'NĐ 98/2023 Điều 30.7',
      'D',
      { target },
    );
    return { ...base, outcome: 'not_required', passed: true, reasons: [r] };
  }
  if (!isValidVoteInput(input, written, writtenYes)) {
    const r = reason(
      'council-input',
      false,
      'Số liệu phiếu không hợp lệ (âm, không nguyên hoặc vượt số thành viên).',
      'Ballot figures are invalid (negative, fractional or above the membership).',
      'NĐ 98/2023 Điều 30.7',
      'V-Q',
      { ...input },
    );
    return { ...base, outcome: 'invalid_session', passed: false, reasons: [r] };
  }
  const reasons: Reason[] = [];
  const q = params.councilQuorum;
  const quorumOk = input.present * q.denominator >= q.numerator * total;
  reasons.push(
    reason(
      'council-quorum',
      quorumOk,
      quorumOk
        ? 'Phiên họp đủ số thành viên tham dự theo quy định.'
        : 'Phiên họp không đủ số thành viên tham dự tối thiểu.',
      quorumOk ? 'The session has its quorum.' : 'The session lacks its quorum.',
      'NĐ 98/2023 Điều 47; QĐ 86/2025 Bắc Ninh Điều 8',
      'V-Q',
      { present: input.present, total, quorum: `${q.numerator}/${q.denominator}` },
    ),
  );
  const minAttendance = params.awardSessionMinAttendancePercent;
  let attendanceOk = true;
  if (minAttendance !== null) {
    const attending = input.present + (params.writtenOpinionsCountTowardAttendance ? written : 0);
    attendanceOk = meetsPercent(attending, total, minAttendance);
    reasons.push(
      reason(
        'council-award-attendance',
        attendanceOk,
        attendanceOk
          ? 'Phiên xét khen thưởng đủ tỷ lệ thành viên dự họp.'
          : 'Phiên xét khen thưởng không đủ tỷ lệ thành viên dự họp (kể cả ý kiến bằng văn bản).',
        attendanceOk
          ? 'The award-review session has the required attendance.'
          : 'The award-review session lacks the required attendance (written opinions included).',
        'QĐ 86/2025 Bắc Ninh Điều 8.4(b)',
        'V-P',
        { attending, total, minAttendancePercent: minAttendance },
      ),
    );
  }
  if (!quorumOk || !attendanceOk) return { ...base, outcome: 'invalid_session', passed: false, reasons };
  const passed = meetsPercent(agree, total, threshold);
  const confidence: Confidence = regime === 'ND98_2023' ? 'V-Q' : 'M';
  reasons.push(
    reason(
      'council-threshold',
      passed,
      passed
        ? 'Đạt tỷ lệ phiếu đồng ý trên tổng số thành viên Hội đồng.'
        : 'Không đạt tỷ lệ phiếu đồng ý trên tổng số thành viên Hội đồng.',
      passed ? 'Enough members of the whole council agree.' : 'Too few members of the whole council agree.',
      'NĐ 98/2023 Điều 30.7',
      confidence,
      {
        agree,
        total,
        thresholdPercent: threshold,
        writtenYesCounted: params.absentWrittenOpinionsCount ? writtenYes : 0,
      },
    ),
  );
  return { ...base, outcome: passed ? 'passed' : 'not_passed', passed, reasons };
}

export { councilThresholdFor, meetsPercent } from './council-threshold.ts';
