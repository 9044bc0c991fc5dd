/**
 * The headline block every report opens with, above the fold: what was run, the answer in
 * sentences (with denominators and dates), money, how sure, and how much rests on assumed inputs.
 * Pure: the sentences are built by each report kind (run, compare, sweep, sensitivity, levers);
 * this renders them the same way on every page. Provenance goes to the end of the page.
 */
import { escapeHtml as esc } from './escape.js';

/** What a headline says; every string is plain text (escaped here). */
export interface Headline {
  /** The block's heading, e.g. "The answer" / "结论". */
  title: string;
  /** One sentence on what was run (scenario, instruments on, period, runs). */
  ran: string;
  /** The answer: one or more sentences, each with its denominator and date. */
  answers: readonly string[];
  /** Money, in sentences (may be empty). */
  money: readonly string[];
  /** How sure: the interval and number of runs, and what the interval covers. */
  sure: string;
  /** How much rests on assumed inputs (empty when not known). */
  assumed: string;
}

/** CSS of the headline block (shared by every report page). */
export const HEADLINE_CSS = `
section.headline { background: #eef5fb; border-left: 5px solid var(--accent); padding: 10px 18px 12px; margin: 0 0 18px; border-radius: 4px; }
section.headline h2 { border: none; margin: 0 0 4px; padding: 0; font-size: 1.2rem; }
section.headline p { margin: 4px 0; max-width: 72em; }
section.headline p.ran { color: var(--muted); font-size: 0.95rem; }
section.headline ul.answers { margin: 6px 0; padding-left: 1.2em; font-size: 1.08rem; }
section.headline ul.answers li { margin: 3px 0; }
section.headline ul.money { margin: 4px 0; padding-left: 1.2em; }
section.headline p.sure, section.headline p.assumed { font-size: 0.92rem; }
.table-scroll { overflow-x: auto; max-width: 100%; }
`;

/** The headline block's HTML (`<section id="headline" class="headline">`). */
export function headlineHtml(h: Headline): string {
  const li = (xs: readonly string[]) => xs.map((x) => `<li>${esc(x)}</li>`).join('');
  return (
    `<section id="headline" class="headline"><h2>${esc(h.title)}</h2>` +
    `<p class="ran">${esc(h.ran)}</p>` +
    (h.answers.length > 0 ? `<ul class="answers">${li(h.answers)}</ul>` : '') +
    (h.money.length > 0 ? `<ul class="money">${li(h.money)}</ul>` : '') +
    (h.sure ? `<p class="sure">${esc(h.sure)}</p>` : '') +
    (h.assumed ? `<p class="assumed">${esc(h.assumed)}</p>` : '') +
    `</section>`
  );
}
