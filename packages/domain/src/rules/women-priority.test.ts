import { describe, expect, it } from 'vitest';
import { comparePriority, hasWomenPriority, pickByPriority } from './women-priority.ts';

describe('priority among equal candidates (NĐ 152/2025 Art. 4.6)', () => {
  it('ranks by score first, women only on ties', () => {
    const picked = pickByPriority(
      [
        { id: 'a', score: 91, sex: 'male' },
        { id: 'b', score: 90, sex: 'female' },
        { id: 'c', score: 90, sex: 'male' },
      ],
      2,
    );
    expect(picked.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('then prefers direct workers, then non-leaders, then a stable id order', () => {
    const list = [
      { id: 'leader', score: 80, sex: 'male' as const, isLeader: true },
      { id: 'z-worker', score: 80, sex: 'male' as const, isDirectWorker: true },
      { id: 'b', score: 80, sex: 'male' as const },
      { id: 'a', score: 80, sex: 'male' as const },
    ];
    expect(pickByPriority(list, 4).map((c) => c.id)).toEqual(['z-worker', 'a', 'b', 'leader']);
    expect(comparePriority(list[2]!, list[2]!)).toBe(0);
  });

  it('treats a collective with exactly 70 % women as prioritised', () => {
    expect(hasWomenPriority({ id: 1, score: 0, members: 10, femaleMembers: 7 })).toBe(true);
    expect(hasWomenPriority({ id: 1, score: 0, members: 10, femaleMembers: 6 })).toBe(false);
    expect(pickByPriority([{ id: 1, score: 0 }], 0)).toEqual([]);
  });
});
