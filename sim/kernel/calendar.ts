/** Month arithmetic on "YYYY-MM" labels: the model's clock is a tick count from the scenario's start month. */

/** Months from "YYYY-MM" a to b inclusive of a (b − a). */
export function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split('-').map(Number);
  const [yb, mb] = b.split('-').map(Number);
  return (yb - ya) * 12 + (mb - ma);
}

/** Calendar year and month (1..12) of tick `t` from a "YYYY-MM" start. */
export function tickDate(start: string, t: number): { year: number; month: number } {
  const [y, m] = start.split('-').map(Number);
  const k = y * 12 + (m - 1) + t;
  return { year: Math.floor(k / 12), month: (k % 12) + 1 };
}

/** "YYYY-MM" of tick t. */
export function tickLabel(start: string, t: number): string {
  const { year, month } = tickDate(start, t);
  return `${year}-${String(month).padStart(2, '0')}`;
}
