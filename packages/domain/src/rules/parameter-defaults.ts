/**
 * National defaults of every tunable rule, each with its legal citation and confidence. Rules marked
 * [M]/[S] in legal-rules.md ship here as parameters rather than code, so a province (or a later verified
 * text) can change them without a release.
 */
import type { ParameterDefault, ParameterDefaults, ParameterKey, RuleParameters } from './parameter-types.ts';
import type { Confidence, RegimeId } from './types.ts';

export type {
  ExtraCriterion,
  ParameterDefault,
  ParameterDefaults,
  ParameterKey,
  QuotaRule,
  RoundingRule,
  RuleParameters,
} from './parameter-types.ts';

function d<K extends ParameterKey>(
  value: RuleParameters[K],
  citation: string,
  confidence: Confidence,
): ParameterDefault<K> {
  return { value, citation, confidence };
}

const ND98_DEFAULTS: ParameterDefaults = {
  registrationRequired: d(true, 'Luật TĐKT Điều 18 (căn cứ xét tặng: đăng ký thi đua)', 'M'),
  councilThresholdPercent: d(
    {
      CSTDCS: 80,
      CO_TINH: 80,
      CO_CP: 80,
      CSTD_TINH: 90,
      CSTDTQ: 90,
      ANH_HUNG_LAO_DONG: 90,
      ANH_HUNG_LLVTND: 90,
    },
    'NĐ 98/2023 Điều 30.7',
    'V-Q',
  ),
  councilQuorum: d(
    { numerator: 2, denominator: 3 },
    'NĐ 98/2023 Điều 47 (2/3); QĐ 86/2025 Bắc Ninh Điều 8',
    'V-Q',
  ),
  awardSessionMinAttendancePercent: d(
    null,
    'Không có quy định chung; Bắc Ninh: 80% (QĐ 86/2025 Điều 8.4(b))',
    'V-P',
  ),
  writtenOpinionsCountTowardAttendance: d(true, 'Suy luận từ QĐ 86/2025 Bắc Ninh Điều 8.4(b)', 'D'),
  absentWrittenOpinionsCount: d(
    true,
    'NĐ 98/2023 Điều 30.7 (thành viên vắng mặt cho ý kiến bằng văn bản)',
    'V-Q',
  ),
  roundingRule: d('up-10000', 'NĐ 152/2025 Điều 49.2 (làm tròn số lên hàng chục nghìn đồng)', 'D'),
  ldttMinServiceMonths: d(10, 'TT 12/2019/TT-BNV (có thể được giữ tại TT 15/2025/TT-BNV)', 'M'),
  ldttMaxAbsenceWorkingDays: d(40, 'TT 12/2019/TT-BNV; nghỉ thai sản được tính (NĐ 152/2025 Điều 4.5)', 'M'),
  flagLeadersPerBloc: d(1, 'Hướng dẫn cụm, khối thi đua (TT 15/2025/TT-BNV, chưa kiểm chứng)', 'M'),
  thematicFlagMinYears: d(3, 'Luật TĐKT Điều 26; TT 15/2025/TT-BXD', 'S'),
  allowInitiativeReuseBetweenTitles: d(
    true,
    'CV 5007/BNV-TĐKT chỉ cấm dùng lại giữa danh hiệu và hình thức',
    'S',
  ),
  bkTtgHtxsYears: d(5, 'Luật TĐKT Điều 73', 'M'),
  bkTtgInitiatives: d(5, 'Luật TĐKT Điều 73', 'M'),
  quotas: d({}, 'Luật TĐKT Điều 23 (không giới hạn tỷ lệ; NĐ 91/2017 Điều 9.3 hết hiệu lực)', 'S'),
  disclosurePeriodDays: d(null, 'Luật TĐKT Điều 84.5, 84.7 (nội dung chưa kiểm chứng)', 'M'),
  deadlineCommuneCstdcsWorkingDays: d(20, 'QĐ 638/QĐ-BNV', 'V-Q'),
  deadlineCentralReturnWorkingDays: d(5, 'QĐ 311/QĐ-BNV', 'V-Q'),
  deadlineCentralAppraisalWorkingDays: d(20, 'NĐ 98/2023 Điều 32.2; QĐ 311/QĐ-BNV', 'V-Q'),
  deadlineForwardDecisionWorkingDays: d(10, 'QĐ 311/QĐ-BNV', 'V-Q'),
  annualDossierDeadline: d(null, 'Do tỉnh, bộ quy định (Bắc Ninh: 10/12)', 'V-P'),
  educationDossierDeadline: d(null, 'Do tỉnh, bộ quy định (Bắc Ninh: 10/07)', 'V-P'),
  extraCriteria: d([], 'Luật TĐKT Điều 74.6 (bộ, tỉnh quy định chi tiết)', 'S'),
};

/**
 * NĐ 152 keeps the same values; the thresholds are carried over from NĐ 98 Art. 30.7 because the NĐ 152
 * text was not seen (legal-rules.md §4.6), hence [M] under this regime.
 */
const ND152_DEFAULTS: ParameterDefaults = {
  ...ND98_DEFAULTS,
  councilThresholdPercent: d(
    ND98_DEFAULTS.councilThresholdPercent.value,
    'NĐ 98/2023 Điều 30.7, giữ nguyên theo NĐ 152/2025 (chưa kiểm chứng)',
    'M',
  ),
  absentWrittenOpinionsCount: d(
    true,
    'NĐ 98/2023 Điều 30.7, giữ nguyên theo NĐ 152/2025 (chưa kiểm chứng)',
    'M',
  ),
  roundingRule: d('up-10000', 'NĐ 152/2025 Điều 49.2', 'V-Q'),
};

export const NATIONAL_DEFAULTS: Readonly<Record<RegimeId, ParameterDefaults>> = {
  ND98_2023: ND98_DEFAULTS,
  ND152_2025: ND152_DEFAULTS,
};

/** Plain values of a defaults set: what the engine reads in its hot path. */
export function defaultValues(regime: RegimeId): RuleParameters {
  return DEFAULT_VALUES[regime];
}

function valuesOf(defaults: ParameterDefaults): RuleParameters {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(defaults) as ParameterKey[]) out[key] = defaults[key].value;
  return out as unknown as RuleParameters;
}

const DEFAULT_VALUES: Readonly<Record<RegimeId, RuleParameters>> = {
  ND98_2023: valuesOf(ND98_DEFAULTS),
  ND152_2025: valuesOf(ND152_DEFAULTS),
};
