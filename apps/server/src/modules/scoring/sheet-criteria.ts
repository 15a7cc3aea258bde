import type { criterionInput } from '@vinhdanh/contracts';
import {
  type CriterionNode,
  childrenOf,
  toDecimalString,
  toHundredths,
  validateCriteriaTree,
} from '@vinhdanh/domain/scoring/index';
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.ts';
import { criterion, score } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import { loadCriteria } from './scoring.repository.ts';

type Input = z.infer<typeof criterionInput>;
const key = (code: string) => code.trim().toLowerCase();

/** The domain view of a submitted list, with stand-in ids (list index + 1), to validate before writing. */
export function inputsToNodes(inputs: readonly Input[]): CriterionNode[] {
  const ids = new Map(inputs.map((c, i) => [key(c.code), i + 1]));
  return inputs.map((c, i) => ({
    id: i + 1,
    parentId: c.parentCode ? (ids.get(key(c.parentCode)) ?? -1) : null,
    code: c.code,
    name: c.name,
    kind: c.kind,
    maxPoints: toHundredths(c.maxPoints) ?? 0,
    cap: c.cap === null ? null : toHundredths(c.cap),
    evidenceRequired: c.evidenceRequired,
    position: i,
  }));
}

export function assertValidTree(nodes: readonly CriterionNode[]): void {
  const issues = validateCriteriaTree(nodes);
  if (issues.length > 0)
    throw new AppError('SHEET_INVALID', { issues }, `Bảng điểm không hợp lệ: ${issues[0]!.message}`);
}

/**
 * Replaces a table's criteria by the given list, matching rows by code: a kept code keeps its id (and
 * the scores given on it), a new code is inserted, a dropped code is deleted with its scores. Only for a
 * table that is not locked (the caller decides, see sheet-versioning).
 */
export async function replaceCriteria(tx: DbOrTx, sheetId: number, inputs: readonly Input[]): Promise<void> {
  const nodes = inputsToNodes(inputs);
  if (nodes.some((n) => n.parentId === -1)) {
    const bad = inputs.find((c) => c.parentCode && !inputs.some((p) => key(p.code) === key(c.parentCode!)));
    throw new AppError(
      'SHEET_INVALID',
      { criterion: bad?.code },
      `Tiêu chí "${bad?.code}" thuộc mã cha "${bad?.parentCode}" không có trong bảng.`,
    );
  }
  const existing = new Map((await loadCriteria(tx, sheetId)).map((c) => [key(c.code), c.id]));
  const idByCode = new Map<string, number>();
  for (const [i, c] of inputs.entries()) {
    const values = {
      code: c.code,
      name: c.name,
      kind: c.kind,
      maxPoints: toDecimalString(nodes[i]!.maxPoints),
      cap: nodes[i]!.cap === null ? null : toDecimalString(nodes[i]!.cap!),
      evidenceRequired: c.evidenceRequired,
      position: i,
      parentId: null,
    };
    const id = existing.get(key(c.code));
    if (id) {
      await tx.update(criterion).set(values).where(eq(criterion.id, id));
      idByCode.set(key(c.code), id);
    } else {
      const [row] = await tx
        .insert(criterion)
        .values({ sheetId, ...values })
        .returning({ id: criterion.id });
      idByCode.set(key(c.code), row!.id);
    }
  }
  for (const c of inputs.filter((x) => x.parentCode))
    await tx
      .update(criterion)
      .set({ parentId: idByCode.get(key(c.parentCode!))! })
      .where(eq(criterion.id, idByCode.get(key(c.code))!));
  const dropped = [...existing.entries()].filter(([code]) => !idByCode.has(code)).map(([, id]) => id);
  if (dropped.length > 0) {
    await tx.delete(score).where(inArray(score.criterionId, dropped));
    await tx.delete(criterion).where(and(eq(criterion.sheetId, sheetId), inArray(criterion.id, dropped)));
  }
}

/** The stored criteria as the input list (parent codes, table order): what a new version starts from. */
export async function criteriaAsInputs(tx: DbOrTx, sheetId: number): Promise<Input[]> {
  const nodes = await loadCriteria(tx, sheetId);
  const children = childrenOf(nodes);
  const out: Input[] = [];
  const walk = (parent: CriterionNode | null) => {
    for (const n of children.get(parent?.id ?? null) ?? []) {
      out.push({
        code: n.code,
        parentCode: parent?.code ?? null,
        name: n.name,
        kind: n.kind,
        maxPoints: n.maxPoints / 100,
        cap: n.cap === null ? null : n.cap / 100,
        evidenceRequired: n.evidenceRequired,
      });
      walk(n);
    }
  };
  walk(null);
  return out;
}
