/**
 * The total of one assessment (tổng điểm), in hundredths:
 * - a normal leaf counts its points clamped to [0, max]; a normal group counts its children's sum
 *   clamped to its max;
 * - a bonus (điểm thưởng) or penalty (điểm trừ) leaf counts its points clamped to [0, max]; a bonus or
 *   penalty group sums its children, then applies its cap when it has one — so the first-level section
 *   caps the whole bonus (or penalty) of the table;
 * - total = normal + bonus − penalty. Points entered on a group are ignored: only leaves are scored.
 */
import { childrenOf } from './criteria-tree.ts';
import type { CriterionNode, PointsById, ScoreBreakdown } from './types.ts';

// Ranking totals thousands of assessments of one table: build its tree once per (read-only) node list.
const trees = new WeakMap<readonly CriterionNode[], ReturnType<typeof childrenOf>>();

function treeOf(nodes: readonly CriterionNode[]): ReturnType<typeof childrenOf> {
  let tree = trees.get(nodes);
  if (!tree) {
    tree = childrenOf(nodes);
    trees.set(nodes, tree);
  }
  return tree;
}

export function totalScore(nodes: readonly CriterionNode[], points: PointsById): ScoreBreakdown {
  const children = treeOf(nodes);
  const byNode = new Map<number, number>();
  const scoreOf = (n: CriterionNode): number => {
    const kids = children.get(n.id) ?? [];
    let value: number;
    if (kids.length === 0) value = Math.min(Math.max(points.get(n.id) ?? 0, 0), n.maxPoints);
    else {
      const sum = kids.reduce((s, k) => s + scoreOf(k), 0);
      value = n.kind === 'normal' ? Math.min(sum, n.maxPoints) : Math.min(sum, n.cap ?? sum);
    }
    if (kids.length === 0 && n.kind !== 'normal' && n.cap !== null) value = Math.min(value, n.cap);
    byNode.set(n.id, value);
    return value;
  };
  let normal = 0;
  let bonus = 0;
  let penalty = 0;
  const sections: number[] = [];
  for (const top of children.get(null) ?? []) {
    const value = scoreOf(top);
    if (top.kind === 'normal') {
      normal += value;
      sections.push(value);
    } else if (top.kind === 'bonus') bonus += value;
    else penalty += value;
  }
  return { total: normal + bonus - penalty, normal, bonus, penalty, sections, byNode };
}

/** The most a table can give without bonus: the sum of its first-level normal maxima. */
export function maxNormalPoints(nodes: readonly CriterionNode[]): number {
  return nodes.filter((n) => n.parentId === null && n.kind === 'normal').reduce((s, n) => s + n.maxPoints, 0);
}

export type PointsIssue = 'NOT_A_LEAF' | 'NEGATIVE' | 'OVER_MAX' | 'UNKNOWN';

/** Checks one entered score against its criterion: only leaves, 0 ≤ points ≤ max. */
export function checkPoints(
  nodes: readonly CriterionNode[],
  criterionId: number,
  value: number,
): PointsIssue | null {
  const node = nodes.find((n) => n.id === criterionId);
  if (!node) return 'UNKNOWN';
  if (nodes.some((n) => n.parentId === node.id)) return 'NOT_A_LEAF';
  if (value < 0) return 'NEGATIVE';
  if (value > node.maxPoints) return 'OVER_MAX';
  return null;
}
