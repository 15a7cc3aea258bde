import { describe, expect, it } from 'vitest';
import {
  CERTIFICATE_ALPHABET,
  certificateCodeFrom,
  checkDisclosureGate,
  DEFAULT_DISCLOSURE_EXEMPT_KINDS,
  decisionAmounts,
  formatDecisionNumber,
  formatRegistryNo,
  formatVnd,
  issuerLevelOfUnit,
  issuerSymbol,
} from './index.ts';

describe('issuerLevelOfUnit', () => {
  it.each([
    [{ isRoot: true, kind: 'agency', level: 'province' }, 'province'],
    [{ isRoot: false, kind: 'agency', level: 'province' }, 'unit'],
    [{ isRoot: false, kind: 'commune', level: 'commune' }, 'commune'],
    [{ isRoot: false, kind: 'school', level: 'commune' }, 'unit'],
    [{ isRoot: false, kind: 'agency', level: 'district' }, 'district'],
    [{ isRoot: false, kind: 'school', level: 'district' }, 'unit'],
    [{ isRoot: true, kind: 'agency', level: 'commune' }, 'unit'],
  ] as const)('%o → %s', (facts, level) => {
    expect(issuerLevelOfUnit(facts)).toBe(level);
  });
});

describe('issuerSymbol and numbers', () => {
  it.each([
    ['province', { name: 'UBND tỉnh Hồng Lam', code: 'HL' }, 'UBND'],
    ['commune', { name: 'UBND xã An Hòa' }, 'UBND'],
    ['unit', { name: 'Sở Giáo dục và Đào tạo', code: 'SGD' }, 'SGD'],
    ['unit', { name: 'Sở Giáo dục và Đào tạo', shortName: 'SGDĐT', code: 'SGD' }, 'SGDDT'],
    ['unit', { name: 'Trường THPT Vị Thanh' }, 'TTHPTVT'],
  ] as const)('%s %o → %s', (level, unit, symbol) => {
    expect(issuerSymbol(level, unit)).toBe(symbol);
  });
  it('formats "123/QĐ-UBND" and refuses sequence 0', () => {
    expect(formatDecisionNumber(123, 'UBND')).toBe('123/QĐ-UBND');
    expect(formatDecisionNumber(1, 'SGD')).toBe('1/QĐ-SGD');
    expect(() => formatDecisionNumber(0, 'UBND')).toThrow(RangeError);
    expect(() => formatDecisionNumber(1.5, 'UBND')).toThrow(RangeError);
  });
  it('formats the registry number', () => {
    expect(formatRegistryNo(7, 2026)).toBe('0007/2026');
    expect(formatRegistryNo(12345, 2026)).toBe('12345/2026');
  });
});

describe('checkDisclosureGate', () => {
  const base = { decisionDate: '2026-12-10', periodDays: 15 as number | null };
  const disclosure = { dossierIds: [1, 2], endsOn: '2026-12-09' };
  it.each([
    // decision date relative to ends_on 2026-12-09
    ['day before the end', '2026-12-08', 'running', false],
    ['on the last day', '2026-12-09', 'running', false],
    ['the day after', '2026-12-10', 'ended', true],
    ['long after', '2027-01-05', 'ended', true],
  ])('%s (%s) → %s', (_label, decisionDate, state, allowed) => {
    const r = checkDisclosureGate({
      ...base,
      decisionDate,
      dossiers: [{ id: 1, kind: 'regular' }],
      disclosures: [disclosure],
    });
    expect(r.items[0]).toMatchObject({ state, endsOn: '2026-12-09', issuableFrom: '2026-12-10' });
    expect(r.allowed).toBe(allowed);
  });
  it('ad-hoc dossiers are exempt by default, even with a running disclosure', () => {
    expect(DEFAULT_DISCLOSURE_EXEMPT_KINDS).toEqual(['adhoc']);
    const r = checkDisclosureGate({
      ...base,
      decisionDate: '2026-12-01',
      dossiers: [{ id: 1, kind: 'adhoc' }],
      disclosures: [disclosure],
    });
    expect(r).toMatchObject({ allowed: true, items: [{ state: 'exempt' }] });
  });
  it('exempt kinds are a parameter', () => {
    const r = checkDisclosureGate({
      ...base,
      dossiers: [
        { id: 1, kind: 'adhoc' },
        { id: 5, kind: 'foreign' },
      ],
      disclosures: [],
      exemptKinds: ['foreign'],
    });
    expect(r.items.map((i) => i.state)).toEqual(['missing', 'exempt']);
    expect(r.allowed).toBe(false);
  });
  it('no disclosure: blocks when the province sets a period, passes when it sets none (null)', () => {
    const input = { ...base, dossiers: [{ id: 3, kind: 'regular' }], disclosures: [] };
    expect(checkDisclosureGate(input)).toMatchObject({ allowed: false, items: [{ state: 'missing' }] });
    expect(checkDisclosureGate({ ...input, periodDays: null })).toMatchObject({
      allowed: true,
      items: [{ state: 'not_required', endsOn: null, issuableFrom: null }],
    });
  });
  it('the latest disclosure of a dossier counts; one running dossier blocks the decision', () => {
    const r = checkDisclosureGate({
      ...base,
      decisionDate: '2026-12-20',
      dossiers: [
        { id: 1, kind: 'regular' },
        { id: 2, kind: 'regular' },
      ],
      disclosures: [disclosure, { dossierIds: [2], endsOn: '2026-12-20' }],
    });
    expect(r.items.map((i) => [i.state, i.endsOn])).toEqual([
      ['ended', '2026-12-09'],
      ['running', '2026-12-20'],
    ]);
    expect(r.allowed).toBe(false);
  });
  it('crosses month and year ends when computing the first issuable day', () => {
    const r = checkDisclosureGate({
      ...base,
      decisionDate: '2027-01-01',
      dossiers: [{ id: 1, kind: 'regular' }],
      disclosures: [{ dossierIds: [1], endsOn: '2026-12-31' }],
    });
    expect(r.items[0]).toMatchObject({ state: 'ended', issuableFrom: '2027-01-01' });
  });
});

describe('decisionAmounts', () => {
  it('Bằng khen of the provincial chairman, individual: 1.5 × 2,340,000 = 3,510,000', () => {
    const r = decisionAmounts(
      [{ subjectKey: 'p:1', subjectKind: 'individual', code: 'BK_TINH', year: 2026 }],
      '2026-12-10',
    );
    expect(r.lines[0]).toMatchObject({
      amount: 3_510_000,
      paid: 3_510_000,
      note: 'paid',
      baseSalary: 2_340_000,
    });
    expect(r.total).toBe(3_510_000);
  });
  it.each([
    // date, base salary in force, Giấy khen individual 0.3× rounded up to 10,000
    ['2024-06-30', 1_800_000, 540_000],
    ['2024-07-01', 2_340_000, 710_000], // 702,000 → 710,000
  ])('base salary step boundary %s', (date, baseSalary, amount) => {
    const r = decisionAmounts(
      [{ subjectKey: 'p:1', subjectKind: 'individual', code: 'GIAY_KHEN', year: 2024 }],
      date,
    );
    expect(r.lines[0]).toMatchObject({ baseSalary, amount });
  });
  it('uses a stored base-salary timeline', () => {
    const r = decisionAmounts(
      [{ subjectKey: 'u:9', subjectKind: 'collective', code: 'BK_TINH', year: 2026 }],
      '2026-12-10',
      { baseSalaryTimeline: [{ from: '2026-07-01', amount: 2_530_000, citation: 'x', confidence: 'V-P' }] },
    );
    expect(r.lines[0]?.amount).toBe(7_590_000); // 3.0 × 2,530,000
  });
  it('titles of one subject and year pay only the highest; other subjects are independent; forms all paid', () => {
    const r = decisionAmounts(
      [
        { subjectKey: 'p:1', subjectKind: 'individual', code: 'LDTT', year: 2026 },
        { subjectKey: 'p:1', subjectKind: 'individual', code: 'CSTDCS', year: 2026 },
        { subjectKey: 'p:1', subjectKind: 'individual', code: 'BK_TINH', year: 2026 },
        { subjectKey: 'p:2', subjectKind: 'individual', code: 'LDTT', year: 2026 },
      ],
      '2026-12-10',
    );
    expect(r.lines.map((l) => l.note)).toEqual(['superseded_same_period', 'paid', 'paid', 'paid']);
    expect(r.lines[0]?.paid).toBe(0);
    expect(r.total).toBe(r.lines.reduce((s, l) => s + l.paid, 0));
  });
  it('a title without an amount is "no_amount"', () => {
    const r = decisionAmounts(
      [{ subjectKey: 'h:1', subjectKind: 'household', code: 'GIA_DINH_VAN_HOA', year: 2026 }],
      '2026-12-10',
    );
    expect(r.lines[0]).toMatchObject({ amount: null, paid: 0, note: 'no_amount' });
  });
});

describe('formatVnd and certificate codes', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1.000'],
    [3_510_000, '3.510.000'],
    [-2500, '-2.500'],
  ])('%d → %s', (n, s) => expect(formatVnd(n)).toBe(s));
  it('certificate codes are 10 Crockford base32 characters, one per byte', () => {
    const code = certificateCodeFrom(Uint8Array.from([0, 1, 31, 32, 255, 10, 18, 22, 27, 29]));
    expect(code).toBe('01Z0ZAJPVX');
    expect(code).toMatch(new RegExp(`^[${CERTIFICATE_ALPHABET}]{10}$`));
    expect(code).not.toMatch(/[ILOU]/);
    expect(() => certificateCodeFrom(new Uint8Array(9))).toThrow(RangeError);
  });
});

describe('needsCouncilVote', () => {
  it.each([
    ['CSTDCS', true],
    ['CSTD_TINH', true],
    ['BK_TINH', false],
    ['GIAY_KHEN', false],
    ['LDTT', false],
  ])('%s → %s', async (code, needs) => {
    const { resolveParameters } = await import('../rules/parameters.ts');
    const { needsCouncilVote } = await import('./index.ts');
    const params = resolveParameters({ code: 'X', name: 'x', overrides: [] }, '2026-12-10').values;
    expect(needsCouncilVote(code, params)).toBe(needs);
  });
});
