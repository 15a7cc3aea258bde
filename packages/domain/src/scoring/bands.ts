/**
 * Classification bands (xếp loại) are per-table configuration (legal-rules.md §5: the scale is not
 * verified nationally). A total belongs to the highest band whose minimum it reaches — exactly the
 * minimum counts ("từ 95 điểm trở lên": 95,00 is Xuất sắc) — and to no band below the lowest minimum.
 */
import type { Band } from './types.ts';

export function classify(total: number, bands: readonly Band[]): Band | null {
  let best: Band | null = null;
  for (const b of bands) if (total >= b.minPoints && (!best || b.minPoints > best.minPoints)) best = b;
  return best;
}

/** Band names must be distinct and minima distinct, else a total could fall in two bands. */
export function validateBands(bands: readonly Band[]): string[] {
  const issues: string[] = [];
  const names = new Set<string>();
  const minima = new Set<number>();
  for (const b of bands) {
    if (names.has(b.name)) issues.push(`Mức xếp loại "${b.name}" bị trùng.`);
    if (minima.has(b.minPoints)) issues.push(`Hai mức xếp loại có cùng điểm sàn (${b.minPoints / 100}).`);
    names.add(b.name);
    minima.add(b.minPoints);
  }
  return issues;
}
