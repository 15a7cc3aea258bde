import { describe, expect, it } from 'vitest';
import { type AssessmentEvent, type AssessmentStatus, applyAssessmentEvent } from './assessment-workflow.ts';
import { proposeRotation } from './bloc-rotation.ts';
import { proposeLeaders } from './proposals.ts';
import { explainTieBreak, type RankInput, rankAssessments } from './ranking.ts';
import { sheetEditMode, shouldLockOnSubmit } from './sheet-versioning.ts';

const row = (unitId: number, unitName: string, o: Partial<RankInput> = {}): RankInput => ({
  unitId,
  unitName,
  total: o.total ?? 9000,
  penalty: o.penalty ?? 0,
  bonus: o.bonus ?? 0,
  sections: o.sections ?? [5000, 4000],
});

describe('rankAssessments: each tie-break step decides', () => {
  it.each([
    { step: 'total', a: row(1, 'B', { total: 9100 }), b: row(2, 'A', { total: 9000 }) },
    { step: 'penalty', a: row(1, 'B', { penalty: 0 }), b: row(2, 'A', { penalty: 100 }) },
    {
      step: 'sections',
      a: row(1, 'B', { sections: [5100, 3900] }),
      b: row(2, 'A', { sections: [5000, 4000] }),
    },
    { step: 'bonus', a: row(1, 'B', { bonus: 200 }), b: row(2, 'A', { bonus: 100 }) },
    { step: 'name', a: row(1, 'Sở Công Thương', {}), b: row(2, 'Sở Đi Sau', {}) },
  ])('$step', ({ step, a, b }) => {
    for (const input of [
      [a, b],
      [b, a],
    ]) {
      const ranked = rankAssessments(input);
      expect(ranked.map((r) => r.row.unitId)).toEqual([1, 2]);
      expect(ranked[1]!.decidedBy).toBe(step);
      expect(ranked[0]!.decidedBy).toBeNull();
    }
  });
  it('orders names by Vietnamese letters: D < Đ < E, with tones after the base letter', () => {
    const ranked = rankAssessments([row(1, 'Xã Đông'), row(2, 'Xã Dương'), row(3, 'Xã Êm'), row(4, 'Xã An')]);
    expect(ranked.map((r) => r.row.unitName)).toEqual(['Xã An', 'Xã Dương', 'Xã Đông', 'Xã Êm']);
  });
  it('falls back to the unit id for identical names and gives strict ranks', () => {
    const ranked = rankAssessments([row(9, 'Xã A'), row(3, 'Xã A'), row(5, 'Xã B', { total: 9999 })]);
    expect(ranked.map((r) => [r.row.unitId, r.rank])).toEqual([
      [5, 1],
      [3, 2],
      [9, 3],
    ]);
  });
  it('reports the deciding section and explains it', () => {
    const ranked = rankAssessments([
      row(1, 'A', { sections: [5000, 4000] }),
      row(2, 'B', { sections: [5000, 3000], bonus: 1000 }),
    ]);
    expect(ranked[1]).toMatchObject({ decidedBy: 'sections', sectionIndex: 1 });
    expect(explainTieBreak('sections', 'II. Công tác thi đua')).toContain('II. Công tác thi đua');
  });
});

describe('proposeLeaders', () => {
  const ranking = [
    { unitId: 1, rank: 1, total: 9800, penalty: 600 },
    { unitId: 2, rank: 2, total: 9700, penalty: 0 },
    { unitId: 3, rank: 3, total: 9000, penalty: 0 },
    { unitId: 4, rank: 4, total: 8000, penalty: 0 },
  ];
  const bands = [
    { name: 'Xuất sắc', minPoints: 9500 },
    { name: 'Tốt', minPoints: 8000 },
  ];
  it('flag for the top, Bằng khen for the next', () => {
    const r = proposeLeaders(ranking, { flagCount: 1, certificateCount: 2 });
    expect(r.proposed.map((p) => [p.candidate.unitId, p.award])).toEqual([
      [1, 'CO_TINH'],
      [2, 'BK_TINH'],
      [3, 'BK_TINH'],
    ]);
  });
  it('skips a unit over the penalty threshold; exactly at it passes', () => {
    const over = proposeLeaders(ranking, { flagCount: 1, certificateCount: 1, maxPenalty: 500 });
    expect(over.proposed.map((p) => [p.candidate.unitId, p.award])).toEqual([
      [2, 'CO_TINH'],
      [3, 'BK_TINH'],
    ]);
    expect(over.skipped.map((s) => s.candidate.unitId)).toEqual([1]);
    const at = proposeLeaders(ranking, { flagCount: 1, certificateCount: 0, maxPenalty: 600 });
    expect(at.proposed[0]!.candidate.unitId).toBe(1);
  });
  it('the flag needs the named band; a unit below it may still get Bằng khen', () => {
    const r = proposeLeaders([ranking[2]!, ranking[3]!], {
      flagCount: 1,
      certificateCount: 1,
      flagMinBand: 'Xuất sắc',
      bands,
    });
    expect(r.proposed.map((p) => [p.candidate.unitId, p.award])).toEqual([[3, 'BK_TINH']]);
  });
  it('zero counts propose nobody', () => {
    expect(proposeLeaders(ranking, { flagCount: 0, certificateCount: 0 }).proposed).toEqual([]);
  });
});

describe('assessment state machine', () => {
  it.each([
    { from: 'draft', event: 'submit', to: 'submitted' },
    { from: 'submitted', event: 'approve', to: 'reviewed' },
    { from: 'reviewed', event: 'finalise', to: 'final' },
    { from: 'submitted', event: 'return', to: 'draft', reason: 'Thiếu minh chứng' },
    { from: 'reviewed', event: 'return', to: 'draft', reason: 'Sai số liệu' },
    { from: 'submitted', event: 'return', to: 'SCORE_REASON_REQUIRED', reason: '  ' },
    { from: 'draft', event: 'approve', to: 'ASSESSMENT_INVALID_TRANSITION' },
    { from: 'submitted', event: 'finalise', to: 'ASSESSMENT_INVALID_TRANSITION' },
    { from: 'final', event: 'return', to: 'ASSESSMENT_INVALID_TRANSITION', reason: 'Muộn' },
    { from: 'final', event: 'submit', to: 'ASSESSMENT_INVALID_TRANSITION' },
  ] as { from: AssessmentStatus; event: AssessmentEvent; to: string; reason?: string }[])(
    '$from --$event--> $to',
    ({ from, event, to, reason }) => {
      const r = applyAssessmentEvent(from, event, reason);
      expect(r.ok ? r.to : r.code).toBe(to);
    },
  );
});

describe('sheet versioning', () => {
  it.each([
    { status: 'draft', lockedAt: null, mode: 'in_place', lock: false },
    { status: 'open', lockedAt: null, mode: 'in_place', lock: true },
    { status: 'open', lockedAt: '2026-03-01T00:00:00Z', mode: 'new_version', lock: false },
    { status: 'closed', lockedAt: '2026-03-01T00:00:00Z', mode: 'refused', lock: false },
  ] as const)('$status locked=$lockedAt → $mode', ({ status, lockedAt, mode, lock }) => {
    expect(sheetEditMode({ status, lockedAt })).toBe(mode);
    expect(shouldLockOnSubmit({ status, lockedAt })).toBe(lock);
  });
});

describe('proposeRotation', () => {
  const next = [
    { unitId: 1, name: 'Sở A' },
    { unitId: 2, name: 'Sở B' },
    { unitId: 3, name: 'Sở C' },
    { unitId: 4, name: 'Sở D' },
  ];
  const roles = (r: { unitId: number; role: string }[]) =>
    Object.fromEntries(r.filter((m) => m.role !== 'member').map((m) => [m.role, m.unitId]));
  it("last year's deputy leads; the next one after it deputises", () => {
    const prev = [
      { ...next[0]!, role: 'leader' as const },
      { ...next[1]!, role: 'deputy' as const },
    ];
    expect(roles(proposeRotation(prev, next))).toEqual({ leader: 2, deputy: 3 });
  });
  it("wraps around and skips last year's leader", () => {
    const prev = [
      { ...next[0]!, role: 'leader' as const },
      { ...next[3]!, role: 'deputy' as const },
    ];
    expect(roles(proposeRotation(prev, next))).toEqual({ leader: 4, deputy: 2 });
  });
  it('when the deputy left, the member after last leader leads', () => {
    const prev = [
      { ...next[1]!, role: 'leader' as const },
      { unitId: 99, name: 'Sở Đã Rời', role: 'deputy' as const },
    ];
    expect(roles(proposeRotation(prev, next))).toEqual({ leader: 3, deputy: 4 });
  });
  it('no previous year: the first in order leads', () => {
    expect(roles(proposeRotation([], next))).toEqual({ leader: 1, deputy: 2 });
  });
});
