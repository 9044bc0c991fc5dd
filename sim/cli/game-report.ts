/**
 * The terminal text of `cogov game` in English or Chinese: the ESS table (eigenvalues of the Jacobian
 * at the eight pure corners) and the end state of each start under the replicator ODE and the
 * agent-based mode. Columns are padded by terminal width, so Chinese headings stay aligned.
 */
import type { Lang } from '../kernel/i18n.js';
import type { GameResult } from '../game/game.js';
import type { Start } from '../game/schema.js';
import { msg } from '../messages/catalog.js';
import { padEndWide } from '../kernel/text-width.js';

const f3 = (v: number) => v.toFixed(3);
const triple = (s: Start | null) => (s ? `(${s.map((v) => String(v)).join(',')})` : '—');
const point = (s: Start) => `(${s.map(f3).join(', ')})`;

/** Plain-text ESS table and end states of a game named `name`. */
export function gameReportText(name: string, r: GameResult, lang: Lang = 'en'): string {
  const lines = [msg(lang, 'gameHeader', { name, k: f3(r.payoffBound) })];
  lines.push(
    '',
    `${padEndWide(msg(lang, 'gameCorner'), 16)}${padEndWide(msg(lang, 'gameEigenvalues'), 37)}${msg(lang, 'gameStable')}`,
  );
  for (const row of r.ess) {
    const ev = row.eigenvalues
      .map((e) =>
        Math.abs(e.im) > 1e-12 ? `${f3(e.re)}${e.im < 0 ? '-' : '+'}${f3(Math.abs(e.im))}i` : f3(e.re),
      )
      .join(', ');
    const verdict = msg(
      lang,
      row.stability === 'ESS'
        ? 'gameEss'
        : row.stability === 'unstable'
          ? 'gameUnstable'
          : 'gameUndetermined',
    );
    lines.push(`${triple(row.corner).padEnd(16)}${ev.padEnd(37)}${verdict}`);
  }
  lines.push(
    '',
    padEndWide(msg(lang, 'gameStart'), 23) +
      padEndWide(msg(lang, 'gameOdeEnd'), 38) +
      padEndWide(msg(lang, 'gameAbmEnd'), 38) +
      msg(lang, 'gameMaxDistance'),
  );
  for (const o of r.outcomes) {
    const ode = `${point(o.odeEnd)} ${triple(o.odeCorner)}`;
    const abm = o.abmEnd ? `${point(o.abmEnd)} ${triple(o.abmCorner)}` : '—';
    const d = Number.isFinite(o.abmOdeDistance) ? f3(o.abmOdeDistance) : '—';
    lines.push(`${point(o.start).padEnd(23)}${ode.padEnd(38)}${abm.padEnd(38)}${d}`);
  }
  return `${lines.join('\n')}\n`;
}
