import { describe, expect, it } from 'vitest';
import { defaultValues, NATIONAL_DEFAULTS } from './parameter-defaults.ts';
import { BAC_NINH_PROFILE, type ProvinceProfile, resolveParameters } from './parameters.ts';

describe('national defaults', () => {
  it('carry a citation and confidence for every parameter', () => {
    for (const regime of ['ND98_2023', 'ND152_2025'] as const) {
      for (const [key, d] of Object.entries(NATIONAL_DEFAULTS[regime])) {
        expect(d.citation.length, key).toBeGreaterThan(5);
        expect(['V-P', 'V-Q', 'S', 'M', 'D']).toContain(d.confidence);
      }
    }
  });

  it('keep the NĐ 98 thresholds, verified under NĐ 98 and unverified under NĐ 152', () => {
    expect(defaultValues('ND152_2025').councilThresholdPercent.CSTDCS).toBe(80);
    expect(defaultValues('ND152_2025').councilThresholdPercent.CSTD_TINH).toBe(90);
    expect(NATIONAL_DEFAULTS.ND98_2023.councilThresholdPercent.confidence).toBe('V-Q');
    expect(NATIONAL_DEFAULTS.ND152_2025.councilThresholdPercent.confidence).toBe('M');
  });

  it('set no CSTĐCS quota (the NĐ 91 15 % cap lapsed)', () => {
    expect(defaultValues('ND152_2025').quotas).toEqual({});
  });
});

describe('resolveParameters', () => {
  const profile: ProvinceProfile = {
    code: 'HL',
    name: 'Hồng Lam',
    overrides: [
      { key: 'registrationRequired', value: false, effectiveFrom: '2025-01-01', citation: 'QĐ 1/2025' },
      { key: 'registrationRequired', value: true, effectiveFrom: '2026-01-01', citation: 'QĐ 2/2026' },
      { key: 'councilThresholdPercent', value: { CSTDCS: 85 }, effectiveFrom: '2025-07-01' },
      { key: 'roundingRule', value: 'none', effectiveFrom: '2024-01-01', effectiveTo: '2024-12-31' },
    ],
  };

  it('picks the regime and national values with their sources when there is no profile', () => {
    const r = resolveParameters(null, '2025-06-30');
    expect(r.regime).toBe('ND98_2023');
    expect(r.sources.registrationRequired).toMatchObject({ origin: 'national', confidence: 'M' });
  });

  it('applies the latest override in force and reports it as the source', () => {
    const r2025 = resolveParameters(profile, '2025-08-01');
    expect(r2025.values.registrationRequired).toBe(false);
    expect(r2025.sources.registrationRequired).toEqual({
      origin: 'province',
      province: 'HL',
      effectiveFrom: '2025-01-01',
      citation: 'QĐ 1/2025',
    });
    const r2026 = resolveParameters(profile, '2026-02-01');
    expect(r2026.values.registrationRequired).toBe(true);
    expect(r2026.sources.registrationRequired).toMatchObject({ effectiveFrom: '2026-01-01' });
  });

  it('merges keyed values such as council thresholds key by key', () => {
    const r = resolveParameters(profile, '2025-08-01');
    expect(r.values.councilThresholdPercent.CSTDCS).toBe(85);
    expect(r.values.councilThresholdPercent.CSTD_TINH).toBe(90);
    expect(resolveParameters(profile, '2025-06-30').values.councilThresholdPercent.CSTDCS).toBe(80);
  });

  it('drops an override after its end date', () => {
    expect(resolveParameters(profile, '2024-06-01').values.roundingRule).toBe('none');
    expect(resolveParameters(profile, '2025-01-01').values.roundingRule).toBe('up-10000');
  });

  it('starts the Bắc Ninh rules on 15/12/2025', () => {
    expect(
      resolveParameters(BAC_NINH_PROFILE, '2025-12-14').values.awardSessionMinAttendancePercent,
    ).toBeNull();
    expect(resolveParameters(BAC_NINH_PROFILE, '2025-12-15').values.awardSessionMinAttendancePercent).toBe(
      80,
    );
  });
});
