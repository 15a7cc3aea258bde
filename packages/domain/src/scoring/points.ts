/**
 * Points (điểm) are kept as integer hundredths everywhere in the domain: 12,5 điểm = 1250. Scoring tables
 * use at most two decimals, and integers keep sums and ties exact (no 0.1 + 0.2 drift when ranking).
 */
export type Hundredths = number;

const DECIMAL = /^(-?)(\d+)(?:[.,](\d{1,2})0*)?$/;

/**
 * Parses "12.5", "12,50", 12.5 or a numeric column's string into hundredths; null when the value is not a
 * number with at most two decimals.
 */
export function toHundredths(value: string | number): Hundredths | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    const scaled = Math.round(value * 100);
    return Math.abs(scaled - value * 100) < 1e-6 ? scaled : null;
  }
  const m = DECIMAL.exec(value.trim());
  if (!m) return null;
  const whole = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' ? -whole : whole;
}

/** Hundredths → a JSON number (1250 → 12.5). */
export function fromHundredths(value: Hundredths): number {
  return value / 100;
}

/** Hundredths → the string a numeric(8,2) column takes ("12.50"). */
export function toDecimalString(value: Hundredths): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
