/**
 * Province (or ministry) profile: dated overrides of the national defaults. `resolveParameters` returns
 * the set in force on a date with the source of every value, so a screen can show "80 % — QĐ 86/2025
 * Bắc Ninh, from 15/12/2025" next to "90 % — NĐ 98/2023 Art. 30.7 [V-Q]".
 */
import {
  NATIONAL_DEFAULTS,
  type ParameterDefaults,
  type ParameterKey,
  type RuleParameters,
} from './parameter-defaults.ts';
import { selectRegime } from './regimes.ts';
import type { Confidence, IsoDate, RegimeId } from './types.ts';

export type ParameterOverride = {
  readonly [K in ParameterKey]: {
    readonly key: K;
    readonly value: RuleParameters[K];
    readonly effectiveFrom: IsoDate;
    /** Last day in force, inclusive. */
    readonly effectiveTo?: IsoDate | null;
    readonly citation?: string;
  };
}[ParameterKey];

export interface ProvinceProfile {
  readonly code: string;
  readonly name: string;
  readonly overrides: readonly ParameterOverride[];
}

export type ParameterSource =
  | {
      readonly origin: 'national';
      readonly regime: RegimeId;
      readonly citation: string;
      readonly confidence: Confidence;
    }
  | {
      readonly origin: 'province';
      readonly province: string;
      readonly effectiveFrom: IsoDate;
      readonly citation: string | null;
    };

export interface ResolvedParameters {
  readonly asOfDate: IsoDate;
  readonly regime: RegimeId;
  readonly values: RuleParameters;
  readonly sources: { readonly [K in ParameterKey]: ParameterSource };
}

function isPlainRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isInForce(o: ParameterOverride, date: IsoDate): boolean {
  return o.effectiveFrom <= date && (o.effectiveTo == null || date <= o.effectiveTo);
}

/**
 * National defaults of the regime in force on `asOfDate`, overlaid by the profile's overrides in force
 * that day (the latest `effectiveFrom` wins). Keyed values such as council thresholds merge key by key.
 * Call it once per batch and pass `values` to the engine.
 */
export function resolveParameters(profile: ProvinceProfile | null, asOfDate: IsoDate): ResolvedParameters {
  const regime = selectRegime(asOfDate).id;
  const defaults: ParameterDefaults = NATIONAL_DEFAULTS[regime];
  const values: Record<string, unknown> = {};
  const sources: Record<string, ParameterSource> = {};
  for (const key of Object.keys(defaults) as ParameterKey[]) {
    const def = defaults[key];
    values[key] = def.value;
    sources[key] = { origin: 'national', regime, citation: def.citation, confidence: def.confidence };
  }
  const winners = new Map<ParameterKey, ParameterOverride>();
  for (const o of profile?.overrides ?? []) {
    if (!isInForce(o, asOfDate)) continue;
    const current = winners.get(o.key);
    if (!current || current.effectiveFrom <= o.effectiveFrom) winners.set(o.key, o);
  }
  for (const [key, o] of winners) {
    const base = values[key];
    values[key] = isPlainRecord(base) && isPlainRecord(o.value) ? { ...base, ...o.value } : o.value;
    sources[key] = {
      origin: 'province',
      province: profile?.code ?? '',
      effectiveFrom: o.effectiveFrom,
      citation: o.citation ?? null,
    };
  }
  return {
    asOfDate,
    regime,
    values: values as unknown as RuleParameters,
    sources: sources as ResolvedParameters['sources'],
  };
}

/**
 * Example profile from the one primary provincial regulation seen: QĐ 86/2025/QĐ-UBND Bắc Ninh
 * (effective 15/12/2025) [V-P S1]. Useful for seeds and tests; not a national rule.
 */
export const BAC_NINH_PROFILE: ProvinceProfile = {
  code: 'BN',
  name: 'Bắc Ninh',
  overrides: [
    {
      key: 'awardSessionMinAttendancePercent',
      value: 80,
      effectiveFrom: '2025-12-15',
      citation: 'QĐ 86/2025 Điều 8.4(b)',
    },
    {
      key: 'annualDossierDeadline',
      value: '12-10',
      effectiveFrom: '2025-12-15',
      citation: 'QĐ 86/2025 Điều 6',
    },
    {
      key: 'educationDossierDeadline',
      value: '07-10',
      effectiveFrom: '2025-12-15',
      citation: 'QĐ 86/2025 Điều 6.3',
    },
  ],
};
