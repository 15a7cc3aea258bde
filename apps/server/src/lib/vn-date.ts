/** The calendar day in Vietnam (UTC+7, no daylight saving): business dates are Vietnamese days. */
export function vnDate(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
