/** CSV and number formatting shared by every output file, so the same numbers print the same bytes. */

/** Format a number for output: integers as is, others to 12 significant digits, NaN as empty. */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return '';
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(12)));
}

/** Quote a CSV field when it needs it (RFC 4180). */
export function csvField(v: string | number): string {
  const s = typeof v === 'number' ? fmt(v) : v;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line (with a trailing newline). */
export function csvLine(fields: readonly (string | number)[]): string {
  return `${fields.map(csvField).join(',')}\n`;
}
