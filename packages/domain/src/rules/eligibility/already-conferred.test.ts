import { describe, expect, it } from 'vitest';
import type { AwardRecord } from '../subject-case.ts';
import { award, individualCase, summarize } from '../test-support.ts';
import { evaluateEligibility } from './evaluate.ts';

// LĐTT 2025 for an HTT officer is eligible on its own; the history decides the rest.
const ldtt2025 = (awards: AwardRecord[]) =>
  summarize(evaluateEligibility(individualCase({ targetYear: 2025, awards }), 'LDTT'));

describe('already conferred for the year (NĐ 98 Art. 34.1; Law Art. 5.2(c))', () => {
  it.each([
    ['no award', [], 'eligible'],
    ['LĐTT 2024 (the year before)', [award('LDTT', 2024)], 'eligible'],
    ['LĐTT 2026 (a later year)', [award('LDTT', 2026)], 'eligible'],
    ['another title in 2025 (Giấy khen)', [award('GIAY_KHEN', 2025)], 'eligible'],
    ['LĐTT 2025 ad hoc (other achievements)', [award('LDTT', 2025, 'adhoc')], 'eligible'],
    ['LĐTT 2025 thematic', [award('LDTT', 2025, 'thematic')], 'eligible'],
    ['LĐTT 2025 regular: already held', [award('LDTT', 2025)], 'not_eligible'],
  ] as const)('%s → %s', (_name, awards, outcome) => {
    const v = ldtt2025([...awards]);
    expect(v.outcome).toBe(outcome);
    if (outcome === 'not_eligible') expect(v.failed).toEqual(['already-conferred']);
  });

  it('names the title and the year, with both citations', () => {
    const v = evaluateEligibility(individualCase({ awards: [award('LDTT', 2025)] }), 'LDTT');
    const r = v.reasons.find((x) => x.ruleId === 'already-conferred')!;
    expect(r.passed).toBe(false);
    expect(r.message.vi).toContain('Lao động tiên tiến');
    expect(r.message.vi).toContain('2025');
    expect(r.citation).toContain('Điều 5.2(c)');
    expect(r.facts).toMatchObject({ year: 2025, code: 'LDTT' });
  });

  it('applies to forms as well: a regular provincial Bằng khen of the year is not proposed again', () => {
    const held = individualCase({ awards: [award('BK_TINH', 2025, 'regular', 'province')] });
    expect(summarize(evaluateEligibility(held, 'BK_TINH')).failed).toContain('already-conferred');
  });
});
