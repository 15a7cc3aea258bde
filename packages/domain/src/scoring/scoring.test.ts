import { describe, expect, it } from 'vitest';
import { classify, validateBands } from './bands.ts';
import { validateCriteriaTree } from './criteria-tree.ts';
import { fromHundredths, toDecimalString, toHundredths } from './points.ts';
import { checkPoints, maxNormalPoints, totalScore } from './total-score.ts';
import { node, sampleTree } from './test-tree.ts';

describe('points in hundredths', () => {
  it.each([
    { input: '12.50' as string | number, expected: 1250 as number | null },
    { input: '12,5', expected: 1250 },
    { input: 12.5, expected: 1250 },
    { input: 0.1 + 0.2, expected: 30 },
    { input: '7', expected: 700 },
    { input: '-1.05', expected: -105 },
    { input: 1.234, expected: null },
    { input: 'abc', expected: null },
    { input: '1.234', expected: null },
  ])('$input → $expected', ({ input, expected }) => {
    expect(toHundredths(input)).toBe(expected);
  });
  it('formats back', () => {
    expect(toDecimalString(1250)).toBe('12.50');
    expect(toDecimalString(-5)).toBe('-0.05');
    expect(fromHundredths(1250)).toBe(12.5);
  });
});

describe('validateCriteriaTree', () => {
  it('accepts the sample table', () => {
    expect(validateCriteriaTree(sampleTree)).toEqual([]);
    expect(maxNormalPoints(sampleTree)).toBe(10000);
  });
  it.each([
    {
      why: 'duplicate code (case-insensitive)',
      tree: [node(1, 'I', 100), node(2, 'i', 100)],
      code: 'DUPLICATE_CODE',
    },
    {
      why: 'child over parent',
      tree: [node(1, 'I', 100), node(2, '1', 150, { parentId: 1 })],
      code: 'CHILD_OVER_PARENT',
    },
    {
      why: 'children cannot reach parent',
      tree: [node(1, 'I', 100), node(2, '1', 40, { parentId: 1 }), node(3, '2', 50, { parentId: 1 })],
      code: 'PARENT_UNREACHABLE',
    },
    {
      why: 'missing parent',
      tree: [node(1, 'I', 100), node(2, '1', 50, { parentId: 99 })],
      code: 'MISSING_PARENT',
    },
    { why: 'zero max', tree: [node(1, 'I', 0)], code: 'INVALID_MAX' },
    { why: 'cap on normal', tree: [node(1, 'I', 100, { cap: 50 })], code: 'CAP_NOT_ALLOWED' },
    {
      why: 'bonus section without cap',
      tree: [node(1, 'I', 100), node(2, 'B', 10, { kind: 'bonus' })],
      code: 'CAP_REQUIRED',
    },
    {
      why: 'kind mismatch',
      tree: [
        node(1, 'I', 100),
        node(2, 'B', 10, { kind: 'bonus', cap: 10 }),
        node(3, 'B1', 5, { parentId: 2 }),
      ],
      code: 'KIND_MISMATCH',
    },
    { why: 'no normal criterion', tree: [node(2, 'B', 10, { kind: 'bonus', cap: 10 })], code: 'EMPTY' },
    {
      why: 'cycle',
      tree: [node(1, 'I', 100), node(2, 'a', 100, { parentId: 3 }), node(3, 'b', 100, { parentId: 2 })],
      code: 'CYCLE',
    },
  ])('$why → $code', ({ tree, code }) => {
    expect(validateCriteriaTree(tree).map((i) => i.code)).toContain(code);
  });
  it('allows children summing above the parent (chosen items), equal maxima at the boundary', () => {
    const tree = [node(1, 'I', 100), node(2, '1', 100, { parentId: 1 }), node(3, '2', 60, { parentId: 1 })];
    expect(validateCriteriaTree(tree)).toEqual([]);
  });
});

describe('totalScore', () => {
  const pts = (entries: [number, number][]) => new Map(entries);
  it.each([
    {
      why: 'plain sum',
      points: pts([
        [2, 2500],
        [3, 3000],
        [4, 3500],
      ]),
      total: 9000,
      normal: 9000,
      bonus: 0,
      penalty: 0,
    },
    {
      why: 'leaf over max is clamped',
      points: pts([
        [2, 9999],
        [3, 3000],
        [4, 4000],
      ]),
      total: 10000,
      normal: 10000,
      bonus: 0,
      penalty: 0,
    },
    {
      why: 'bonus exactly at cap',
      points: pts([
        [2, 3000],
        [6, 100],
        [7, 400],
      ]),
      total: 3500,
      normal: 3000,
      bonus: 500,
      penalty: 0,
    },
    {
      why: 'bonus above cap is capped (300 + 400 → 500)',
      points: pts([
        [2, 3000],
        [6, 300],
        [7, 400],
      ]),
      total: 3500,
      normal: 3000,
      bonus: 500,
      penalty: 0,
    },
    {
      why: 'penalty beyond cap is capped (800 + 800 → 1000)',
      points: pts([
        [4, 4000],
        [9, 800],
        [10, 800],
      ]),
      total: 3000,
      normal: 4000,
      bonus: 0,
      penalty: 1000,
    },
    {
      why: 'points on a group are ignored',
      points: pts([
        [1, 6000],
        [2, 1000],
      ]),
      total: 1000,
      normal: 1000,
      bonus: 0,
      penalty: 0,
    },
    {
      why: 'negative points count as zero',
      points: pts([
        [2, -500],
        [4, 100],
      ]),
      total: 100,
      normal: 100,
      bonus: 0,
      penalty: 0,
    },
  ])('$why', ({ points, total, normal, bonus, penalty }) => {
    const r = totalScore(sampleTree, points);
    expect({ total: r.total, normal: r.normal, bonus: r.bonus, penalty: r.penalty }).toEqual({
      total,
      normal,
      bonus,
      penalty,
    });
  });
  it('gives the first-level sections in table order', () => {
    const r = totalScore(
      sampleTree,
      new Map([
        [2, 1000],
        [3, 500],
        [4, 2000],
      ]),
    );
    expect(r.sections).toEqual([1500, 2000]);
    expect(r.byNode.get(1)).toBe(1500);
  });
  it('clamps a normal group to its max when children offer more', () => {
    const tree = [node(1, 'I', 100), node(2, '1', 100, { parentId: 1 }), node(3, '2', 60, { parentId: 1 })];
    expect(
      totalScore(
        tree,
        new Map([
          [2, 80],
          [3, 60],
        ]),
      ).total,
    ).toBe(100);
  });
  it.each([
    { id: 2, value: 3000, issue: null },
    { id: 2, value: 3001, issue: 'OVER_MAX' },
    { id: 2, value: -1, issue: 'NEGATIVE' },
    { id: 1, value: 10, issue: 'NOT_A_LEAF' },
    { id: 42, value: 10, issue: 'UNKNOWN' },
  ])('checkPoints($id, $value) → $issue', ({ id, value, issue }) => {
    expect(checkPoints(sampleTree, id, value)).toBe(issue);
  });
});

describe('classify', () => {
  const bands = [
    { name: 'Xuất sắc', minPoints: 9500 },
    { name: 'Tốt', minPoints: 8000 },
    { name: 'Khá', minPoints: 6500 },
  ];
  it.each([
    { total: 9500, band: 'Xuất sắc' },
    { total: 9499, band: 'Tốt' },
    { total: 8000, band: 'Tốt' },
    { total: 6500, band: 'Khá' },
    { total: 6499, band: null },
    { total: 10400, band: 'Xuất sắc' },
  ])('$total → $band', ({ total, band }) => {
    expect(classify(total, bands)?.name ?? null).toBe(band);
  });
  it('rejects duplicate bands', () => {
    expect(validateBands([...bands, { name: 'Tốt', minPoints: 8000 }])).toHaveLength(2);
  });
});
