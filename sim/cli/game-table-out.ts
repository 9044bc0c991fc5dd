/**
 * The outputs of `cogov game` on a payoff-table file: the replicator equations (symbolic, and
 * numeric per stage), the equilibria with eigenvalues and stability, the outcome of each start, the
 * trajectories and the scan, as CSV tables (one header row, English column names, numbers as the
 * other outputs print them; undefined cells empty), as JSON (`--json`) and as terminal text in
 * English or Chinese.
 */
import type { Lang } from '../kernel/i18n.js';
import type { Complex } from '../game/ess.js';
import type { Start } from '../game/schema.js';
import { cornerText, numericEquations, symbolicEquations } from '../game/table-equations.js';
import type { ScanResult, StageResult, TableResult } from '../game/table-analysis.js';
import type { TableGame } from '../game/table-load.js';
import { nameIn } from '../game/table-schema.js';
import { type TableWordKey, tw } from '../game/table-words.js';
import { csvLine, fmt } from '../outputs/csv.js';
import {
  GAME_EQUILIBRIA_COLUMNS,
  GAME_OUTCOMES_COLUMNS,
  GAME_REPLICATOR_COLUMNS,
  GAME_SCAN_COLUMNS,
  GAME_TABLE_TRAJECTORIES_COLUMNS,
} from '../outputs/game-table-columns.js';

const SHARES = ['x', 'y', 'z'] as const;
const pointText = (p: Start, digits = 3) => `(${p.map((v) => v.toFixed(digits)).join(', ')})`;

const stabilityKey = (s: string): TableWordKey => s as TableWordKey;

/** The stage label of row `s`: "0" is the base. */
const stageName = (st: StageResult, lang: Lang) => nameIn(st.name, lang);

/** equilibria.csv */
export function equilibriaCsv(r: TableResult, lang: Lang): string {
  let out = csvLine([...GAME_EQUILIBRIA_COLUMNS]);
  r.stages.forEach((st, s) => {
    for (const e of st.equilibria) {
      const ev = e.eigenvalues.flatMap((l) => [l.re, l.im]);
      out += csvLine([s, stageName(st, lang), ...e.point, e.kind, ...ev, e.stability]);
    }
  });
  return out;
}

/** outcomes.csv */
export function outcomesCsv(r: TableResult, lang: Lang): string {
  let out = csvLine([...GAME_OUTCOMES_COLUMNS]);
  r.stages.forEach((st, s) => {
    for (const o of st.outcomes) {
      const abm = o.abmEnd ?? [Number.NaN, Number.NaN, Number.NaN];
      out += csvLine([
        s,
        stageName(st, lang),
        ...o.start,
        ...o.end,
        cornerText(o.corner),
        ...abm,
        cornerText(o.abmCorner),
      ]);
    }
  });
  return out;
}

/** trajectories.csv of a table game: stage, start "x;y;z", t, x, y, z. */
export function tableTrajectoriesCsv(r: TableResult): string {
  let out = csvLine([...GAME_TABLE_TRAJECTORIES_COLUMNS]);
  r.stages.forEach((st, s) => {
    for (const o of st.outcomes) {
      const label = o.start.map(fmt).join(';');
      const p = o.path;
      for (let k = 0; k < p.t.length; k++) out += csvLine([s, label, p.t[k], p.x[k], p.y[k], p.z[k]]);
    }
  });
  return out;
}

/** replicator.csv: per stage and share, the numeric equation; stage "symbolic" the file's own. */
export function replicatorCsv(game: TableGame, r: TableResult, lang: Lang): string {
  let out = csvLine([...GAME_REPLICATOR_COLUMNS]);
  symbolicEquations(game).forEach((eq, p) => {
    out += csvLine(['', 'symbolic', SHARES[p], eq]);
  });
  r.stages.forEach((st, s) => {
    numericEquations(st.table).forEach((eq, p) => {
      out += csvLine([s, stageName(st, lang), SHARES[p], eq]);
    });
  });
  return out;
}

/** A located threshold to 8 significant digits (bisection stops within 1e-9 of the step). */
const roundAt = (v: number) => Number(v.toPrecision(8));

/** scan.csv: the ESS corners at each value, and the changes (rows with change = 1). */
export function scanCsv(scan: ScanResult): string {
  let out = csvLine([...GAME_SCAN_COLUMNS]);
  const set = (s: Start[] | null) =>
    s === null ? '' : s.length === 0 ? 'none' : s.map(cornerText).join(' ');
  scan.values.forEach((v, k) => {
    out += csvLine([scan.name, v, set(scan.ess[k]), 0]);
  });
  for (const c of scan.changes)
    out += csvLine([scan.name, roundAt(c.at), `${set(c.before)} → ${set(c.after)}`, 1]);
  return out;
}

const complexJson = (l: Complex) => ({ re: l.re, im: l.im });
const num = (v: number) => (Number.isFinite(v) ? v : null);

/** The tables as one JSON value (`--json`); trajectories are left to trajectories.csv. */
export function tableJson(game: TableGame, r: TableResult, lang: Lang, scan?: ScanResult): unknown {
  return {
    game: nameIn(game.file.name, lang),
    source: game.file.source ?? null,
    players: game.file.players.map((p) => ({
      name: nameIn(p.name, lang),
      strategies: p.strategies.map((s) => nameIn(s, lang)),
    })),
    replicator: symbolicEquations(game),
    stages: r.stages.map((st, s) => ({
      stage: s,
      name: stageName(st, lang),
      parameters: Object.fromEntries(st.values),
      payoffBound: st.K,
      replicator: numericEquations(st.table),
      equilibria: st.equilibria.map((e) => ({
        point: e.point,
        kind: e.kind,
        eigenvalues: e.eigenvalues.map(complexJson),
        stability: e.stability,
      })),
      ess: st.ess,
      outcomes: st.outcomes.map((o) => ({
        start: o.start,
        end: o.end,
        corner: o.corner,
        abmEnd: o.abmEnd ? o.abmEnd.map(num) : null,
        abmCorner: o.abmCorner,
      })),
    })),
    warnings: r.warnings.map((w) => ({ stage: w.stage, start: w.start, run: w.run, corner: w.corner })),
    scan: scan
      ? {
          parameter: scan.name,
          values: scan.values,
          ess: scan.ess,
          changes: scan.changes,
        }
      : null,
  };
}

const evText = (l: Complex) =>
  Math.abs(l.im) > 1e-12
    ? `${l.re.toFixed(3)}${l.im < 0 ? '−' : '+'}${Math.abs(l.im).toFixed(3)}i`
    : l.re.toFixed(3);

/** The terminal text: per stage its equations, equilibria, ESS and where the starts end. */
export function tableText(game: TableGame, r: TableResult, lang: Lang, scan?: ScanResult): string {
  const lines = [`${tw(lang, 'title')}: ${nameIn(game.file.name, lang)}`];
  if (game.file.source) lines.push(`${tw(lang, 'source')}: ${game.file.source}`);
  const players = game.file.players
    .map((p, i) => `${SHARES[i]} = ${nameIn(p.name, lang)}: ${nameIn(p.strategies[0], lang)}`)
    .join('; ');
  lines.push(players, '', `${tw(lang, 'replicator')}:`, ...symbolicEquations(game).map((e) => `  ${e}`));
  r.stages.forEach((st, s) => {
    lines.push('', `[${s}] ${stageName(st, lang)}`);
    lines.push(...numericEquations(st.table).map((e) => `  ${e}`));
    lines.push(`  ${tw(lang, 'point').padEnd(26)}${tw(lang, 'eigenvalues')} · ${tw(lang, 'stability')}`);
    for (const e of st.equilibria) {
      const pt = e.kind === 'pure' ? cornerText(e.point) : `${pointText(e.point, 4)} ${tw(lang, 'interior')}`;
      lines.push(
        `  ${pt.padEnd(26)}${e.eigenvalues.map(evText).join(', ').padEnd(34)}${tw(lang, stabilityKey(e.stability))}`,
      );
    }
    const ess = st.ess.length > 0 ? st.ess.map(cornerText).join(' ') : tw(lang, 'none');
    lines.push(`  ${tw(lang, 'essSet')}: ${ess}`);
    const counts = new Map<string, number>();
    for (const o of st.outcomes)
      counts.set(cornerText(o.corner), (counts.get(cornerText(o.corner)) ?? 0) + 1);
    const total = st.outcomes.length;
    for (const [corner, count] of [...counts].sort()) {
      lines.push(
        corner === ''
          ? `  ${tw(lang, 'notReachedSummary', { count, total, tol: fmt(game.file.corner) })}`
          : `  ${tw(lang, 'reachedSummary', { count, total, corner })}`,
      );
    }
    if (st.outcomes.some((o) => o.abmEnd)) {
      const abm = new Map<string, number>();
      for (const o of st.outcomes)
        abm.set(cornerText(o.abmCorner), (abm.get(cornerText(o.abmCorner)) ?? 0) + 1);
      const { runs, agents } = game.file.abm;
      for (const [corner, count] of [...abm].sort()) {
        lines.push(
          `  ${tw(lang, 'abmReached', { runs, agents, count, total, corner: corner === '' ? tw(lang, 'notReached') : corner })}`,
        );
      }
    }
  });
  lines.push('', tw(lang, 'interiorHow'));
  for (const w of r.warnings) {
    lines.push(
      tw(lang, 'extinct', {
        stage: stageName(r.stages[w.stage], lang),
        start: pointText(w.start, 2),
        run: w.run + 1,
        corner: cornerText(w.corner),
      }),
    );
  }
  if (scan) {
    lines.push('', tw(lang, 'scanTitle', scanVars(scan)));
    const set = (s: Start[]) => (s.length > 0 ? s.map(cornerText).join(' ') : tw(lang, 'none'));
    if (scan.changes.length === 0) lines.push(`  ${tw(lang, 'scanNone', { set: set(scan.ess[0] ?? []) })}`);
    for (const c of scan.changes) {
      lines.push(
        `  ${tw(lang, 'scanChange', { name: scan.name, at: fmt(roundAt(c.at)), before: set(c.before), after: set(c.after) })}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function scanVars(scan: ScanResult): Record<string, string> {
  const v = scan.values;
  return {
    name: scan.name,
    from: fmt(v[0]),
    to: fmt(v[v.length - 1]),
    step: v.length > 1 ? fmt(v[1] - v[0]) : '—',
  };
}
