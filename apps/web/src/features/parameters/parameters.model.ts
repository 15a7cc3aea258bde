import { z } from 'zod';
import type { MessageKey } from '../../i18n/index.ts';

export type ValueKind = 'boolean' | 'number' | 'nullableNumber' | 'rounding' | 'monthDay' | 'json';

/** Every key of RuleParameters (packages/domain/src/rules/parameter-types.ts) with its editor. */
export const PARAMETER_KINDS: Record<string, ValueKind> = {
  registrationRequired: 'boolean',
  councilThresholdPercent: 'json',
  councilQuorum: 'json',
  awardSessionMinAttendancePercent: 'nullableNumber',
  writtenOpinionsCountTowardAttendance: 'boolean',
  absentWrittenOpinionsCount: 'boolean',
  roundingRule: 'rounding',
  ldttMinServiceMonths: 'nullableNumber',
  ldttMaxAbsenceWorkingDays: 'nullableNumber',
  flagLeadersPerBloc: 'number',
  thematicFlagMinYears: 'number',
  allowInitiativeReuseBetweenTitles: 'boolean',
  bkTtgHtxsYears: 'number',
  bkTtgInitiatives: 'number',
  quotas: 'json',
  disclosurePeriodDays: 'nullableNumber',
  deadlineCommuneCstdcsWorkingDays: 'number',
  deadlineCentralReturnWorkingDays: 'number',
  deadlineCentralAppraisalWorkingDays: 'number',
  deadlineForwardDecisionWorkingDays: 'number',
  annualDossierDeadline: 'monthDay',
  educationDossierDeadline: 'monthDay',
  extraCriteria: 'json',
};
export const ROUNDING = ['up-10000', 'nearest-1000', 'none'] as const;

export function paramLabelKey(key: string): MessageKey | null {
  return key in PARAMETER_KINDS ? (`param.${key}` as MessageKey) : null;
}

const source = z.union([
  z.object({
    origin: z.literal('national'),
    regime: z.string(),
    citation: z.string(),
    confidence: z.string(),
  }),
  z.object({
    origin: z.literal('province'),
    effectiveFrom: z.string(),
    citation: z.string().nullable().optional(),
  }),
]);
export const parametersSchema = z.object({
  asOf: z.string(),
  regime: z.string(),
  parameters: z.array(
    z.object({ key: z.string(), value: z.unknown(), nationalDefault: z.unknown(), source }),
  ),
  overrides: z.array(
    z.object({
      id: z.number(),
      key: z.string(),
      value: z.unknown(),
      effectiveFrom: z.string(),
      note: z.string().nullable(),
    }),
  ),
  baseSalaries: z.array(
    z.object({
      from: z.string(),
      amount: z.number(),
      citation: z.string().nullable().optional(),
      confidence: z.string().nullable().optional(),
      id: z.number().nullable(),
      builtIn: z.boolean(),
    }),
  ),
  calendarDays: z.array(
    z.object({ day: z.string(), kind: z.enum(['holiday', 'workday']), name: z.string() }),
  ),
  holidayYears: z.array(z.object({ year: z.number(), status: z.string() })),
});
export type Parameters = z.infer<typeof parametersSchema>;
export type ParameterRow = Parameters['parameters'][number];
export type OverrideRow = Parameters['overrides'][number];
export type BaseSalaryRow = Parameters['baseSalaries'][number];
export type CalendarDayRow = Parameters['calendarDays'][number];
export type HolidayYear = Parameters['holidayYears'][number];
