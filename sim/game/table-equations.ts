/**
 * The replicator equations of a payoff-table game as text: symbolic (the file's own payoff
 * expressions in the expected payoffs, x' = x(1−x)(U_x1 − U_x2)) and numeric per parameter set
 * (x' = x(1−x)(a + b·y + c·z + d·y·z)). Pure.
 */
import type { Start } from './schema.js';
import { differences } from './table.js';
import type { TableGame } from './table-load.js';
import { PROFILES } from './table-schema.js';

/** A coefficient as the CSV files print numbers: integers as is, others to 12 significant digits. */
const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12))));

const SHARES = ['x', 'y', 'z'] as const;

/** "(1,1,0)" for a corner, "" for none. */
export const cornerText = (c: Start | null): string => (c ? `(${c.join(',')})` : '');

/** The symbolic replicator equations: x' = x(1−x)(U_x1 − U_x2) with the expected payoffs spelled out. */
export function symbolicEquations(game: TableGame): string[] {
  const src = (i: number, p: number) => game.payoffs[i][p].source;
  const idx = (a: number, b: number, c: number) =>
    PROFILES.indexOf(`${a}${b}${c}` as (typeof PROFILES)[number]);
  const w = (share: string, bit: number) => (bit === 1 ? share : `(1−${share})`);
  const out: string[] = [];
  for (let p = 0; p < 3; p++) {
    const [o1, o2] = SHARES.filter((_, i) => i !== p);
    const expected = (own: number) =>
      [1, 0]
        .flatMap((u) =>
          [1, 0].map((v) => {
            const bits = [0, 0, 0];
            bits[p] = own;
            bits[p === 0 ? 1 : 0] = u;
            bits[p === 2 ? 1 : 2] = v;
            return `${w(o1, u)}·${w(o2, v)}·[${src(idx(bits[0], bits[1], bits[2]), p)}]`;
          }),
        )
        .join(' + ');
    const s = SHARES[p];
    out.push(`${s}' = ${s}(1−${s})(U_${s}1 − U_${s}2); U_${s}1 = ${expected(1)}; U_${s}2 = ${expected(0)}`);
  }
  return out;
}

/** The numeric replicator equations of one stage: x' = x(1−x)(a + b·y + c·z + d·y·z). */
export function numericEquations(table: ArrayLike<number>): string[] {
  return differences(table).map((d, p) => {
    const [u, v] = SHARES.filter((_, i) => i !== p);
    const raw = [d[0], d[2] - d[0], d[1] - d[0], d[3] - d[2] - d[1] + d[0]];
    // Differences of payoffs that cancel in exact arithmetic leave rounding noise: printed as 0.
    const scale = Math.max(...Array.from(d, Math.abs));
    const coef = raw.map((c) => (Math.abs(c) <= 1e-12 * scale ? 0 : c));
    const terms = ['', u, v, `${u}·${v}`];
    let body = '';
    coef.forEach((c, k) => {
      if (c === 0 && !(k === 0 && coef.every((q) => q === 0))) return;
      const mag = fmt(Math.abs(c));
      const term = terms[k] === '' ? mag : `${mag}·${terms[k]}`;
      body += body === '' ? (c < 0 ? `−${term}` : term) : c < 0 ? ` − ${term}` : ` + ${term}`;
    });
    const s = SHARES[p];
    return `${s}' = ${s}(1−${s})(${body})`;
  });
}
