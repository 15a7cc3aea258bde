/**
 * The shape rules of a scoring table (bảng điểm). Provinces write their own tables (legal-rules.md §5:
 * the scale is not fixed nationally), so the engine checks only what keeps totals well defined:
 *
 * 1. codes are unique in the table (trimmed, case-insensitive: "1.a" and "1.A" are one code);
 * 2. every parent exists in the same table and there is no cycle;
 * 3. a child has its parent's kind (a bonus section holds only bonus items);
 * 4. maxPoints is a positive whole number of hundredths;
 * 5. normal groups: each child's max ≤ the parent's max, and the children's maxima sum to at least the
 *    parent's max — the parent's score is the children's sum clamped to its max, so a table may offer
 *    more items than the parent can hold ("chọn trong các nội dung"), but the parent must be reachable;
 * 6. a cap is allowed only on bonus and penalty nodes, and every first-level bonus or penalty section
 *    must have one (the law-style "cộng tối đa … điểm" ceiling);
 * 7. the table has at least one normal criterion.
 */
import type { CriterionNode } from './types.ts';

export type TreeIssueCode =
  | 'EMPTY'
  | 'DUPLICATE_CODE'
  | 'MISSING_PARENT'
  | 'CYCLE'
  | 'KIND_MISMATCH'
  | 'INVALID_MAX'
  | 'CHILD_OVER_PARENT'
  | 'PARENT_UNREACHABLE'
  | 'CAP_NOT_ALLOWED'
  | 'CAP_REQUIRED';

export interface TreeIssue {
  readonly code: TreeIssueCode;
  readonly criterion: string | null;
  readonly message: string;
}

const pts = (h: number) => (h / 100).toLocaleString('vi-VN');

/** Children by parent id (null = first level), each list in table order. */
export function childrenOf(nodes: readonly CriterionNode[]): Map<number | null, CriterionNode[]> {
  const map = new Map<number | null, CriterionNode[]>();
  for (const n of nodes) {
    const list = map.get(n.parentId) ?? [];
    list.push(n);
    map.set(n.parentId, list);
  }
  for (const list of map.values()) list.sort((a, b) => a.position - b.position || a.id - b.id);
  return map;
}

export function isLeaf(children: Map<number | null, CriterionNode[]>, node: CriterionNode): boolean {
  return (children.get(node.id)?.length ?? 0) === 0;
}

export function validateCriteriaTree(nodes: readonly CriterionNode[]): TreeIssue[] {
  const issues: TreeIssue[] = [];
  const add = (code: TreeIssueCode, n: CriterionNode | null, message: string) =>
    issues.push({ code, criterion: n?.code ?? null, message });
  if (!nodes.some((n) => n.kind === 'normal'))
    add('EMPTY', null, 'Bảng điểm phải có ít nhất một tiêu chí chấm điểm.');
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const seen = new Map<string, CriterionNode>();
  for (const n of nodes) {
    const key = n.code.trim().toLowerCase();
    if (seen.has(key)) add('DUPLICATE_CODE', n, `Mã tiêu chí "${n.code}" bị trùng.`);
    seen.set(key, n);
    if (!Number.isInteger(n.maxPoints) || n.maxPoints <= 0)
      add('INVALID_MAX', n, `Tiêu chí "${n.code}": điểm tối đa phải lớn hơn 0 (tối đa 2 chữ số thập phân).`);
    if (n.cap !== null && n.kind === 'normal')
      add('CAP_NOT_ALLOWED', n, `Tiêu chí "${n.code}": chỉ mục điểm thưởng, điểm trừ mới có mức trần.`);
    if (n.cap !== null && (!Number.isInteger(n.cap) || n.cap <= 0))
      add('INVALID_MAX', n, `Tiêu chí "${n.code}": mức trần phải lớn hơn 0.`);
    if (n.parentId === null) {
      if (n.kind !== 'normal' && n.cap === null)
        add('CAP_REQUIRED', n, `Mục "${n.code}" (điểm thưởng/điểm trừ) phải có mức trần.`);
      continue;
    }
    const parent = byId.get(n.parentId);
    if (!parent) {
      add('MISSING_PARENT', n, `Tiêu chí "${n.code}" thuộc một tiêu chí cha không có trong bảng.`);
      continue;
    }
    if (parent.kind !== n.kind)
      add('KIND_MISMATCH', n, `Tiêu chí "${n.code}" phải cùng loại với tiêu chí cha "${parent.code}".`);
    if (n.kind === 'normal' && n.maxPoints > parent.maxPoints)
      add(
        'CHILD_OVER_PARENT',
        n,
        `Tiêu chí "${n.code}" (${pts(n.maxPoints)} điểm) vượt điểm tối đa của "${parent.code}" (${pts(parent.maxPoints)} điểm).`,
      );
  }
  for (const n of nodes) {
    const visited = new Set<number>();
    let cur: CriterionNode | undefined = n;
    while (cur && cur.parentId !== null) {
      if (visited.has(cur.id)) {
        add('CYCLE', n, `Tiêu chí "${n.code}" nằm trong một vòng lặp cha – con.`);
        break;
      }
      visited.add(cur.id);
      cur = byId.get(cur.parentId);
    }
  }
  const children = childrenOf(nodes);
  for (const n of nodes) {
    const kids = children.get(n.id) ?? [];
    if (n.kind !== 'normal' || kids.length === 0) continue;
    const sum = kids.reduce((s, k) => s + k.maxPoints, 0);
    if (sum < n.maxPoints)
      add(
        'PARENT_UNREACHABLE',
        n,
        `Tổng điểm các tiêu chí con của "${n.code}" (${pts(sum)}) nhỏ hơn điểm tối đa của nó (${pts(n.maxPoints)}).`,
      );
  }
  return issues;
}
