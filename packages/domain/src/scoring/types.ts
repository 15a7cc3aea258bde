import type { Hundredths } from './points.ts';

/** normal: scored up to its maximum; bonus (điểm thưởng) adds; penalty (điểm trừ) subtracts. */
export type CriterionKind = 'normal' | 'bonus' | 'penalty';

/** One row of a scoring table (bảng điểm), points in hundredths. */
export interface CriterionNode {
  readonly id: number;
  readonly parentId: number | null;
  readonly code: string;
  readonly name: string;
  readonly kind: CriterionKind;
  /** Leaf: the most the item may be scored. Group (normal): the ceiling of its children's sum. */
  readonly maxPoints: Hundredths;
  /** Bonus and penalty only: the ceiling of the node's summed subtree (tổng điểm thưởng/trừ tối đa). */
  readonly cap: Hundredths | null;
  readonly evidenceRequired: boolean;
  readonly position: number;
}

/** Points given to leaves, by criterion id (hundredths; penalties are entered as positive numbers). */
export type PointsById = ReadonlyMap<number, Hundredths>;

export interface ScoreBreakdown {
  /** normal + bonus − penalty; not floored at zero, so a heavy penalty stays visible. */
  readonly total: Hundredths;
  readonly normal: Hundredths;
  readonly bonus: Hundredths;
  readonly penalty: Hundredths;
  /** Score of each first-level normal criterion, in table order (the third tie-break step). */
  readonly sections: readonly Hundredths[];
  /** Every node's contribution after clamping and capping, by id. */
  readonly byNode: ReadonlyMap<number, Hundredths>;
}

/** A classification band (xếp loại), e.g. { name: 'Xuất sắc', minPoints: 9500 }. */
export interface Band {
  readonly name: string;
  readonly minPoints: Hundredths;
}
