import { describe, expect, it } from 'vitest';
import { baseSalaryOn } from './base-salary.ts';
import { computeRewardAmount, computeRewardBatch, roundVnd } from './reward-amount.ts';

describe('computeRewardAmount (NĐ 152/2025 Art. 49–50)', () => {
  it.each([
    { code: 'CSTDTQ', kind: 'individual', amount: 10_530_000 },
    { code: 'CSTD_TINH', kind: 'individual', amount: 7_020_000 },
    { code: 'CSTDCS', kind: 'individual', amount: 2_340_000 },
    { code: 'LDTT', kind: 'individual', amount: 710_000 },
    { code: 'TTLDXS', kind: 'collective', amount: 3_510_000 },
    { code: 'TTLDTT', kind: 'collective', amount: 1_880_000 },
    { code: 'CO_CP', kind: 'collective', amount: 28_080_000 },
    { code: 'CO_TINH', kind: 'collective', amount: 18_720_000 },
    { code: 'BK_TTG', kind: 'collective', amount: 16_380_000 },
    { code: 'GIAY_KHEN', kind: 'collective', amount: 1_410_000 },
    { code: 'GIAY_KHEN', kind: 'household', amount: 1_060_000 },
    { code: 'ANH_HUNG_LAO_DONG', kind: 'individual', amount: 36_270_000 },
    { code: 'DH_NHAN_DAN', kind: 'individual', amount: 29_250_000 },
  ] as const)('$code ($kind) at 2,340,000 → $amount', ({ code, kind, amount }) => {
    expect(computeRewardAmount(code, kind, '2025-12-20')?.amount).toBe(amount);
  });

  it('uses the base salary in force on the decision date', () => {
    expect(computeRewardAmount('CSTDCS', 'individual', '2024-06-30')?.baseSalary).toBe(1_800_000);
    expect(computeRewardAmount('CSTDCS', 'individual', '2024-07-01')?.baseSalary).toBe(2_340_000);
    const later = [
      { from: '2024-07-01', amount: 2_340_000, citation: 'NĐ 73/2024', confidence: 'V-Q' as const },
      { from: '2026-07-01', amount: 2_530_000, citation: 'hypothetical', confidence: 'M' as const },
    ];
    expect(
      computeRewardAmount('CSTDCS', 'individual', '2026-07-01', { baseSalaryTimeline: later })?.amount,
    ).toBe(2_530_000);
    expect(baseSalaryOn('2010-01-01')).toBeUndefined();
  });

  it('offers the other rounding rules as parameters', () => {
    expect(computeRewardAmount('LDTT', 'individual', '2025-12-20', { rounding: 'none' })?.amount).toBe(
      702_000,
    );
    expect(
      computeRewardAmount('TTLDTT', 'collective', '2025-12-20', { rounding: 'nearest-1000' })?.amount,
    ).toBe(1_872_000);
    // 1,872,400 VND expressed in thousandths of a dong.
    expect(roundVnd(1_872_400_000, 'nearest-1000')).toBe(1_872_000);
    expect(roundVnd(1_872_600_000, 'nearest-1000')).toBe(1_873_000);
  });

  it('returns null where the law lists no amount or the kind has none', () => {
    expect(computeRewardAmount('GIA_DINH_VAN_HOA', 'household', '2025-12-20')).toBeNull();
    expect(computeRewardAmount('LDTT', 'collective', '2025-12-20')).toBeNull();
    expect(computeRewardAmount('NO_SUCH', 'individual', '2025-12-20')).toBeNull();
  });
});

describe('computeRewardBatch (Art. 49.5–49.7)', () => {
  it('pays all titles of different periods and flags the superseded one', () => {
    const r = computeRewardBatch([
      { code: 'LDTT', subjectKind: 'individual', decisionDate: '2025-12-20', period: '2025' },
      { code: 'CSTDCS', subjectKind: 'individual', decisionDate: '2025-12-20', period: '2025' },
      { code: 'LDTT', subjectKind: 'individual', decisionDate: '2025-01-10', period: '2024' },
    ]);
    expect(r.lines.map((l) => l.note)).toEqual(['superseded_same_period', 'paid', 'paid']);
    expect(r.total).toBe(2_340_000 + 710_000);
  });
});
