/**
 * CSV of every output file, both ways: the writer (`fmt`, `csvField`, `csvLine`), so the same
 * numbers print the same bytes, and the one reader (`parseCsv`, RFC 4180), with the tidy-file and
 * number-field checks the readers share. Pure: text in, text out.
 *
 * Formula neutralisation (OWASP "CSV injection"): a text cell that is not a number and begins with
 * `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a formula by a spreadsheet, so the
 * writer puts a single quote `'` before it (`=cmd` is written `'=cmd`); a text cell that already
 * begins with quotes followed by one of those characters gets one more quote, so the reader can take
 * exactly one off and every text reads back as written. Numbers (`-3.5`, `1e-7`) never change.
 */
import { ReportInputError } from './errors.js';

/** Format a number for output: integers as is, others to 12 significant digits, NaN as empty. */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return '';
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(12)));
}

/** Text a spreadsheet reads as a number: the writer leaves it as is (`-3.5`, `+2`, `1e-7`). */
const NUMBER_TEXT = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** Text starting with a formula trigger, after any single quotes (see the file comment). */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A text cell made safe for spreadsheets: `'` before a formula trigger, numbers left alone. */
export function neutraliseFormula(s: string): string {
  return FORMULA_START.test(s) && !NUMBER_TEXT.test(s) ? `'${s}` : s;
}

/** The text a neutralised cell stood for: one leading `'` taken off a guarded cell ({@link neutraliseFormula}). */
export function restoreFormula(s: string): string {
  return s.startsWith("'") && FORMULA_START.test(s.slice(1)) ? s.slice(1) : s;
}

/** Quote a CSV field when it needs it (RFC 4180), after neutralising a formula in a text cell. */
export function csvField(v: string | number): string {
  const s = typeof v === 'number' ? fmt(v) : neutraliseFormula(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line (with a trailing newline). */
export function csvLine(fields: readonly (string | number)[]): string {
  return `${fields.map(csvField).join(',')}\n`;
}

/**
 * Split CSV text into rows (RFC 4180: a quoted field may hold commas, doubled quotes and newlines;
 * lines end in LF or CRLF), each field with its formula guard taken off ({@link restoreFormula}), so
 * a text written by {@link csvLine} reads back as it was. Throws {@link ReportInputError} on an
 * unterminated quoted field.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(restoreFormula(field));
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(restoreFormula(field));
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
    i++;
  }
  if (quoted) throw new ReportInputError('unterminated quoted field');
  if (field !== '' || row.length > 0) {
    row.push(restoreFormula(field));
    rows.push(row);
  }
  return rows;
}

/** A tidy CSV file: its header's column indices and its data rows (blank lines dropped). */
export interface TidyCsv {
  col: Map<string, number>;
  rows: string[][];
}

/** Parse a tidy CSV file, requiring `columns`; errors name the file and line. */
export function parseTidyCsv(text: string, file: string, columns: readonly string[]): TidyCsv {
  let all: string[][];
  try {
    all = parseCsv(text);
  } catch (err) {
    throw new ReportInputError(`${file}: ${(err as Error).message}`);
  }
  const header = (all[0] ?? []).map((h) => h.trim());
  const col = new Map(header.map((h, i) => [h, i]));
  const missing = columns.filter((c) => !col.has(c));
  if (missing.length > 0) throw new ReportInputError(`${file}: missing column(s) ${missing.join(', ')}`);
  const rows: string[][] = [];
  for (let r = 1; r < all.length; r++) {
    if (all[r].length === 1 && all[r][0] === '') continue;
    if (all[r].length !== header.length) {
      throw new ReportInputError(`${file}:${r + 1}: ${all[r].length} fields, expected ${header.length}`);
    }
    rows.push(all[r]);
  }
  return { col, rows };
}

/** A number field: empty is NaN (the writers print NaN as an empty field); throws naming `where` otherwise. */
export function numberField(s: string, where: string): number {
  if (s === '') return Number.NaN;
  const v = Number(s);
  if (Number.isNaN(v)) throw new ReportInputError(`${where}: "${s}" is not a number`);
  return v;
}
