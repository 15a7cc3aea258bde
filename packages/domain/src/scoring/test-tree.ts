import type { CriterionNode } from './types.ts';

/** A small table for tests: I (60: 1.1 = 30, 1.2 = 30), II (40), bonus section (cap 5), penalty (cap 10). */
export function node(
  id: number,
  code: string,
  maxPoints: number,
  opts: Partial<Omit<CriterionNode, 'id' | 'code' | 'maxPoints'>> = {},
): CriterionNode {
  return {
    id,
    code,
    name: opts.name ?? `Tiêu chí ${code}`,
    maxPoints,
    parentId: opts.parentId ?? null,
    kind: opts.kind ?? 'normal',
    cap: opts.cap ?? null,
    evidenceRequired: opts.evidenceRequired ?? false,
    position: opts.position ?? id,
  };
}

export const sampleTree: CriterionNode[] = [
  node(1, 'I', 6000),
  node(2, '1.1', 3000, { parentId: 1 }),
  node(3, '1.2', 3000, { parentId: 1, evidenceRequired: true }),
  node(4, 'II', 4000),
  node(5, 'C', 500, { kind: 'bonus', cap: 500 }),
  node(6, 'C.1', 300, { kind: 'bonus', parentId: 5 }),
  node(7, 'C.2', 400, { kind: 'bonus', parentId: 5 }),
  node(8, 'D', 1000, { kind: 'penalty', cap: 1000 }),
  node(9, 'D.1', 800, { kind: 'penalty', parentId: 8 }),
  node(10, 'D.2', 800, { kind: 'penalty', parentId: 8 }),
];
