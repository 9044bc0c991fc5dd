/**
 * The report page of a payoff-table game (`cogov game FILE --out DIR` writes DIR/report.html): the
 * report's stylesheet and Content-Security-Policy, then per stage the replicator equations, the
 * equilibria with eigenvalues and stability, where the starts end, the time series of x, y, z from
 * every start and a 3-D phase plot (the unit cube in an oblique projection), both as inline SVG
 * (no script, no network request). English or Chinese. Pure: data in, text out.
 */
import { cornerText, numericEquations, symbolicEquations } from '../sim/game/table-equations.js';
import type { Path } from '../sim/game/replicator.js';
import type { Start } from '../sim/game/schema.js';
import type { ScanResult, StageResult, TableResult } from '../sim/game/table-analysis.js';
import type { TableGame } from '../sim/game/table-load.js';
import { nameIn } from '../sim/game/table-schema.js';
import { type TableWordKey, tw } from '../sim/game/table-words.js';
import type { Lang } from '../sim/kernel/i18n.js';
import { escapeHtml as esc } from './escape.js';
import { REPORT_CSP } from './html.js';
import { htmlLang } from './i18n.js';
import { REPORT_CSS } from './style.js';

const COLOURS = ['#c0392b', '#27ae60', '#2c6fbb'] as const;
const f3 = (v: number) => v.toFixed(3);
/** Most points drawn per path (paths are thinned evenly, keeping both ends). */
const MAX_DRAWN = 200;

function thin(p: Path): number[] {
  const n = p.t.length;
  const step = Math.max(1, Math.ceil(n / MAX_DRAWN));
  const idx: number[] = [];
  for (let k = 0; k < n; k += step) idx.push(k);
  if (idx[idx.length - 1] !== n - 1) idx.push(n - 1);
  return idx;
}

/** x, y, z against time from every start: one panel per share. */
function timeSeriesSvg(st: StageResult, lang: Lang, names: readonly string[]): string {
  const W = 300;
  const H = 180;
  const pad = 28;
  const tEnd = Math.max(...st.outcomes.map((o) => o.path.t[o.path.t.length - 1]), 1e-9);
  const panels = [0, 1, 2].map((s) => {
    const lines = st.outcomes
      .map((o) => {
        const arr = [o.path.x, o.path.y, o.path.z][s];
        const pts = thin(o.path)
          .map(
            (k) =>
              `${(pad + (o.path.t[k] / tEnd) * (W - pad - 6)).toFixed(1)},${(H - pad - arr[k] * (H - pad - 8)).toFixed(1)}`,
          )
          .join(' ');
        return `<polyline fill="none" stroke="${COLOURS[s]}" stroke-opacity="0.55" stroke-width="1" points="${pts}"/>`;
      })
      .join('');
    const axes =
      `<line x1="${pad}" y1="${H - pad}" x2="${W - 6}" y2="${H - pad}" stroke="#888"/>` +
      `<line x1="${pad}" y1="8" x2="${pad}" y2="${H - pad}" stroke="#888"/>` +
      `<text x="${pad - 4}" y="12" text-anchor="end" font-size="10">1</text>` +
      `<text x="${pad - 4}" y="${H - pad}" text-anchor="end" font-size="10">0</text>` +
      `<text x="${W - 6}" y="${H - pad + 14}" text-anchor="end" font-size="10">${esc(tw(lang, 'time'))} ${f3(tEnd)}</text>` +
      `<text x="${pad + 4}" y="${H - 6}" font-size="11" fill="${COLOURS[s]}">${esc(names[s])}</text>`;
    return `<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(names[s])}">${axes}${lines}</svg>`;
  });
  return `<div class="game-panels">${panels.join('')}</div>`;
}

/** Oblique projection of the unit cube: x to the right, y into the page, z up. */
function project(x: number, y: number, z: number): [number, number] {
  const S = 220;
  return [40 + S * x + 0.45 * S * y, 40 + S - S * z + -0.35 * S * y + 0.35 * S];
}

/** The 3-D phase plot: the cube, every trajectory, its start (dot) and the ESS corners (rings). */
function phaseSvg(st: StageResult, lang: Lang): string {
  const W = 400;
  const H = 380;
  const pt = (x: number, y: number, z: number) =>
    project(x, y, z)
      .map((v) => v.toFixed(1))
      .join(',');
  const edges: [Start, Start][] = [];
  for (let c = 0; c < 8; c++) {
    const a: Start = [(c >> 2) & 1, (c >> 1) & 1, c & 1];
    for (let b = 0; b < 3; b++) {
      if (a[b] === 0) {
        const e = [...a] as [number, number, number];
        e[b] = 1;
        edges.push([a, e]);
      }
    }
  }
  const cube = edges
    .map(([a, b]) => {
      const [x1, y1] = project(...a);
      const [x2, y2] = project(...b);
      return `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="#bbb"/>`;
    })
    .join('');
  const labels = (
    [
      ['x', 1.08, 0, 0],
      ['y', 0, 1.1, 0],
      ['z', 0, 0, 1.08],
    ] as const
  )
    .map(([n, x, y, z]) => {
      const [u, v] = project(x, y, z);
      return `<text x="${u.toFixed(1)}" y="${v.toFixed(1)}" font-size="12">${n}</text>`;
    })
    .join('');
  const paths = st.outcomes
    .map((o) => {
      const pts = thin(o.path)
        .map((k) => pt(o.path.x[k], o.path.y[k], o.path.z[k]))
        .join(' ');
      const [sx, sy] = project(...o.start);
      return (
        `<polyline fill="none" stroke="#2c6fbb" stroke-opacity="0.6" stroke-width="1" points="${pts}"/>` +
        `<circle cx="${sx.toFixed(1)}" cy="${sy.toFixed(1)}" r="2" fill="#555"/>`
      );
    })
    .join('');
  const ess = st.ess
    .map((c) => {
      const [u, v] = project(...c);
      return (
        `<circle cx="${u.toFixed(1)}" cy="${v.toFixed(1)}" r="7" fill="none" stroke="#c0392b" stroke-width="2"/>` +
        `<text x="${(u + 9).toFixed(1)}" y="${(v - 6).toFixed(1)}" font-size="11" fill="#c0392b">ESS ${esc(cornerText(c))}</text>`
      );
    })
    .join('');
  return `<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(tw(lang, 'phase'))}">${cube}${labels}${paths}${ess}</svg>`;
}

function evText(e: { re: number; im: number }): string {
  return Math.abs(e.im) > 1e-12 ? `${f3(e.re)}${e.im < 0 ? '−' : '+'}${f3(Math.abs(e.im))}i` : f3(e.re);
}

function stageHtml(st: StageResult, s: number, game: TableGame, lang: Lang): string {
  const names = game.file.players.map(
    (p, i) => `${'xyz'[i]}: ${nameIn(p.name, lang)} · ${nameIn(p.strategies[0], lang)}`,
  );
  const rows = st.equilibria
    .map((e) => {
      const point =
        e.kind === 'pure' ? cornerText(e.point) : `(${e.point.map((v) => v.toFixed(4)).join(', ')})`;
      const cls = e.stability === 'ESS' ? ' class="ess"' : '';
      return `<tr${cls}><th scope="row">${esc(point)}</th><td>${esc(tw(lang, e.kind as TableWordKey))}</td><td>${esc(e.eigenvalues.map(evText).join(', '))}</td><td>${esc(tw(lang, e.stability as TableWordKey))}</td></tr>`;
    })
    .join('\n');
  const counts = new Map<string, number>();
  for (const o of st.outcomes) counts.set(cornerText(o.corner), (counts.get(cornerText(o.corner)) ?? 0) + 1);
  const reached = [...counts]
    .sort()
    .map(([corner, count]) =>
      corner === ''
        ? tw(lang, 'notReachedSummary', { count, total: st.outcomes.length, tol: String(game.file.corner) })
        : tw(lang, 'reachedSummary', { count, total: st.outcomes.length, corner }),
    );
  return `<section class="game-stage" id="stage-${s}">
<h2>[${s}] ${esc(nameIn(st.name, lang))}</h2>
<pre class="equations">${esc(numericEquations(st.table).join('\n'))}</pre>
<div class="table-scroll"><table class="indicators"><thead><tr><th scope="col">${esc(tw(lang, 'point'))}</th><th scope="col">${esc(tw(lang, 'kind'))}</th><th scope="col">${esc(tw(lang, 'eigenvalues'))}</th><th scope="col">${esc(tw(lang, 'stability'))}</th></tr></thead><tbody>
${rows}
</tbody></table></div>
<p class="answer">${esc(tw(lang, 'essSet'))}: ${esc(st.ess.length > 0 ? st.ess.map(cornerText).join(' ') : tw(lang, 'none'))}. ${esc(reached.join('; '))}.</p>
<h3>${esc(tw(lang, 'timeSeries'))}</h3>
${timeSeriesSvg(st, lang, names)}
<h3>${esc(tw(lang, 'phase'))}</h3>
${phaseSvg(st, lang)}
</section>`;
}

function scanHtml(scan: ScanResult, lang: Lang): string {
  const set = (s: Start[]) => (s.length > 0 ? s.map(cornerText).join(' ') : tw(lang, 'none'));
  const v = scan.values;
  const title = tw(lang, 'scanTitle', {
    name: scan.name,
    from: String(v[0]),
    to: String(v[v.length - 1]),
    step: v.length > 1 ? String(v[1] - v[0]) : '—',
  });
  const items =
    scan.changes.length === 0
      ? [tw(lang, 'scanNone', { set: set(scan.ess[0] ?? []) })]
      : scan.changes.map((c) =>
          tw(lang, 'scanChange', {
            name: scan.name,
            at: c.at.toPrecision(6),
            before: set(c.before),
            after: set(c.after),
          }),
        );
  return `<section><h2>${esc(title)}</h2><ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul></section>`;
}

const GAME_CSS = `
.game-panels { display: flex; flex-wrap: wrap; gap: 8px; }
pre.equations { white-space: pre-wrap; font-size: 0.9rem; }
tr.ess { background: #e6f4e4; }
.warnings { background: #fff4d6; padding: 8px 14px; border-radius: 4px; }
`;

/** The whole page. */
export function gameTablePage(game: TableGame, r: TableResult, lang: Lang, scan?: ScanResult): string {
  const name = nameIn(game.file.name, lang);
  const warnings = r.warnings.map((w) =>
    tw(lang, 'extinct', {
      stage: nameIn(r.stages[w.stage].name, lang),
      start: `(${w.start.map((v) => v.toFixed(2)).join(', ')})`,
      run: w.run + 1,
      corner: cornerText(w.corner),
    }),
  );
  return `<!doctype html>
<html lang="${htmlLang(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(REPORT_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="cogov game">
<title>${esc(name)} · ${esc(tw(lang, 'title'))}</title>
<style>${REPORT_CSS}${GAME_CSS}</style>
</head>
<body>
<header>
<p class="kicker">${esc(tw(lang, 'title'))}</p>
<h1>${esc(name)}</h1>
${game.file.source ? `<p class="description">${esc(tw(lang, 'source'))}: ${esc(game.file.source)}</p>` : ''}
</header>
<main>
<section><h2>${esc(tw(lang, 'replicator'))}</h2><pre class="equations">${esc(symbolicEquations(game).join('\n'))}</pre>
<p class="note">${esc(tw(lang, 'interiorHow'))}</p></section>
${warnings.length > 0 ? `<ul class="warnings">${warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>` : ''}
${r.stages.map((st, s) => stageHtml(st, s, game, lang)).join('\n')}
${scan ? scanHtml(scan, lang) : ''}
</main>
</body>
</html>
`;
}
