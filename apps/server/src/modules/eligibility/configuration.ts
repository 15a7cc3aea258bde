import {
  BASE_SALARY_TIMELINE,
  type BaseSalaryStep,
  NATIONAL_DEFAULTS,
  type ParameterKey,
  type ParameterOverride,
  type ProvinceProfile,
  resolveParameters,
  type RuleParameters,
} from '@vinhdanh/domain';
import type { DbOrTx } from '../../db/client.ts';
import { AppError } from '../../lib/app-error.ts';
import { loadConfiguration } from '../parameters/parameters.service.ts';

/** The province profile and base-salary timeline stored by administrators, merged with national data. */
export async function loadRuleConfiguration(db: DbOrTx) {
  const stored = await loadConfiguration(db);
  const profile: ProvinceProfile = {
    code: 'PROVINCE',
    name: 'Hồ sơ tham số của tỉnh',
    overrides: stored.overrides.map(
      (o) =>
        ({
          key: o.key,
          value: o.value,
          effectiveFrom: o.effectiveFrom,
          citation: o.note ?? undefined,
        }) as ParameterOverride,
    ),
  };
  const extra: BaseSalaryStep[] = stored.baseSalaries.map((s) => ({
    from: s.effectiveFrom,
    amount: s.amount,
    citation: s.legalBasis ?? 'Quản trị viên cập nhật',
    confidence: 'V-P',
  }));
  const timeline = [
    ...BASE_SALARY_TIMELINE.filter((b) => !extra.some((e) => e.from === b.from)),
    ...extra,
  ].sort((a, b) => (a.from < b.from ? -1 : 1));
  return {
    profile,
    timeline,
    stored,
    parametersOn: (date: string): RuleParameters => resolveParameters(profile, date).values,
  };
}

function typeOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

/** Checks an override against the national default of the same key: known key, same shape. */
export function validateOverride(key: string, value: unknown): void {
  const defaults = NATIONAL_DEFAULTS.ND152_2025 as Record<string, { value: unknown }>;
  const def = defaults[key];
  if (!def) {
    throw new AppError(
      'VALIDATION_FAILED',
      [{ path: 'body.key', message: `Không có tham số "${key}"` }],
      `Không có tham số "${key}".`,
    );
  }
  const expected = typeOf(def.value);
  const given = typeOf(value);
  const nullable = [
    'awardSessionMinAttendancePercent',
    'ldttMinServiceMonths',
    'ldttMaxAbsenceWorkingDays',
    'disclosurePeriodDays',
    'annualDossierDeadline',
    'educationDossierDeadline',
  ];
  if (
    given !== expected &&
    !(given === 'null' && nullable.includes(key)) &&
    !(expected === 'null' && given !== 'object')
  ) {
    throw new AppError(
      'VALIDATION_FAILED',
      [{ path: 'body.value', message: `Giá trị phải có kiểu ${expected}` }],
      `Giá trị của tham số "${key}" phải có kiểu ${expected}.`,
    );
  }
  if (typeof value === 'number' && (value < 0 || !Number.isFinite(value))) {
    throw new AppError(
      'VALIDATION_FAILED',
      [{ path: 'body.value', message: 'Giá trị phải là số không âm' }],
      'Giá trị phải là số không âm.',
    );
  }
}

export const parameterKeys = () => Object.keys(NATIONAL_DEFAULTS.ND152_2025) as ParameterKey[];
