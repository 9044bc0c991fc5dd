/**
 * The lever report (`cogov levers`), pure: levers.json in, page sections out. The page opens with
 * its answer in sentences (how many checks moved as expected, were not distinguishable from zero or
 * moved the opposite way, naming the last two kinds), then the table of checks coloured by verdict,
 * the settings and how to read it.
 */
import type { Verdict } from '../sim/experiments/lever-effects.js';
import { countVerdicts, VERDICTS } from '../sim/experiments/lever-summary.js';
import { escapeHtml as esc } from './escape.js';
import { type ExperimentPage, settingsHtml } from './experiment-page.js';
import { displayUnit, formatIn, formatNumber, maxAbsOf } from './format.js';
import type { Headline } from './headline.js';
import { assumedParameters } from './headline-run.js';
import { indicatorLabel, t, type UiKey } from './i18n.js';
import { keyYearWords } from './i18n-metrics.js';
import { lw } from './words-levers.js';
import type { BilingualJson } from '../sim/outputs/ensemble.js';
import { ReportInputError } from '../sim/outputs/errors.js';
import type { LeverCheckJson, LeverJson, LeversJson } from '../sim/outputs/levers.js';
import { arr, num, numOrNull, pair, parseJsonObject, rec, str, strings } from '../sim/outputs/json.js';
import type { Bilingual, Lang } from './types.js';

/** One check of levers.json. */
export interface LeverCheckRow {
  lever: string;
  name: Bilingual;
  variant: Bilingual;
  indicator: string;
  unit: string;
  expected: 1 | -1;
  n: number;
  difference: number;
  ci95: [number, number];
  scenarioMean: number;
  relative: number;
  verdict: Verdict;
}

/** Everything the lever report shows. */
export interface LeversData {
  scenario: { id: string; file: string | null; sha256: string | null; name: Bilingual | null };
  keyYear: number | null;
  runs: number | null;
  seed: number | null;
  version: string | null;
  command: string | null;
  checks: LeverCheckRow[];
  notApplicable: string[];
}

function bilingual(v: unknown, fallback: string): Bilingual {
  const o = rec<BilingualJson>(v);
  const en = str(o['en']) ?? fallback;
  return { en, zh: str(o['zh']) ?? en };
}

function verdictOf(v: unknown, where: string): Verdict {
  if (typeof v === 'string' && (VERDICTS as readonly string[]).includes(v)) return v as Verdict;
  throw new ReportInputError(`${where}: verdict ${JSON.stringify(v)} is not one of ${VERDICTS.join(', ')}`);
}

/** Parse levers.json. */
export function parseLevers(text: string): LeversData {
  const doc = parseJsonObject<LeversJson>(text, 'levers.json');
  const sc = rec<LeversJson['scenario']>(doc['scenario']);
  const checks: LeverCheckRow[] = [];
  arr(doc['levers']).forEach((raw, l) => {
    const lever = rec<LeverJson>(raw);
    const id = str(lever['id']) ?? `#${l + 1}`;
    arr(lever['checks']).forEach((c, j) => {
      const o = rec<LeverCheckJson>(c);
      checks.push({
        lever: id,
        name: bilingual(lever['name'], id),
        variant: bilingual(lever['variant'], ''),
        indicator: str(o['indicator']) ?? '?',
        unit: str(o['unit']) ?? '',
        expected: o['expected'] === -1 ? -1 : 1,
        n: num(o['n']),
        difference: num(o['difference']),
        ci95: pair(o['ci95']),
        scenarioMean: num(o['scenarioMean']),
        relative: num(o['relative']),
        verdict: verdictOf(o['verdict'], `levers.json: lever ${id}, check ${j + 1}`),
      });
    });
  });
  const name = sc['name'] === undefined ? null : bilingual(sc['name'], str(sc['id']) ?? '?');
  return {
    scenario: { id: str(sc['id']) ?? '?', file: str(sc['file']), sha256: str(sc['sha256']), name },
    keyYear: numOrNull(doc['keyYear']),
    runs: numOrNull(doc['runs']),
    seed: numOrNull(doc['seed']),
    version: str(doc['cogovVersion']),
    command: str(doc['command']),
    checks,
    notApplicable: strings(doc['notApplicable']),
  };
}

const VERDICT_WORD: Record<Verdict, UiKey> = {
  asExpected: 'verdictAsExpected',
  notDistinguishable: 'verdictNotDistinguishable',
  opposite: 'verdictOpposite',
};

/** The verdict in words. */
export function verdictWord(lang: Lang, v: Verdict): string {
  return t(lang, VERDICT_WORD[v]);
}

const LIST_SEPARATOR: Record<Lang, string> = { en: '; ', zh: '；' };

/** The scenario's name in `lang`, else its id. */
const scenarioName = (data: LeversData, lang: Lang) => data.scenario.name?.[lang] ?? data.scenario.id;

/** The page's answer: the tally, then the checks that moved the opposite way and the dead ones. */
export function leversAnswer(data: LeversData, lang: Lang): string[] {
  const counts = countVerdicts(data.checks);
  const runs = data.runs === null ? '?' : formatNumber(lang, data.runs, 0);
  const out = [t(lang, 'leversAnswer', { ...counts, runs, scenario: scenarioName(data, lang) })];
  const list = (v: Verdict) =>
    data.checks
      .filter((c) => c.verdict === v)
      .map((c) =>
        t(lang, 'leversListItem', {
          lever: c.name[lang],
          variant: c.variant[lang],
          indicator: indicatorLabel(lang, c.indicator, data.keyYear),
        }),
      )
      .join(LIST_SEPARATOR[lang]);
  if (counts.opposite > 0) out.push(t(lang, 'leversOppositeList', { list: list('opposite') }));
  if (counts.notDistinguishable > 0)
    out.push(t(lang, 'leversDeadList', { list: list('notDistinguishable') }));
  if (counts.checks > 0 && counts.asExpected === counts.checks) out.push(t(lang, 'leversAllExpected'));
  return out;
}

/** Cells of one table row: instrument, variant, indicator, expected, effect, CI, relative, unit, verdict. */
export function leverRow(c: LeverCheckRow, lang: Lang, keyYear: number | null): string[] {
  const u = displayUnit(lang, c.unit, maxAbsOf([c.scenarioMean, c.difference, c.ci95[0], c.ci95[1]]));
  const signed = (v: number) =>
    Number.isFinite(v) && v > 0 ? `+${formatIn(lang, u, v)}` : formatIn(lang, u, v);
  const ci = Number.isFinite(c.ci95[0]) ? `${signed(c.ci95[0])} – ${signed(c.ci95[1])}` : '—';
  const rel = Number.isFinite(c.relative)
    ? `${c.relative > 0 ? '+' : ''}${formatNumber(lang, c.relative * 100, 1)}%`
    : '—';
  return [
    c.name[lang],
    c.variant[lang],
    indicatorLabel(lang, c.indicator, keyYear),
    c.expected > 0 ? '↑' : '↓',
    signed(c.difference),
    ci,
    rel,
    u.label,
    verdictWord(lang, c.verdict),
  ];
}

function checksTable(data: LeversData, lang: Lang): string {
  const head = (
    [
      'leverInstrument',
      'leverVariant',
      'indicator',
      'leverExpected',
      'leverEffect',
      'ci95Difference',
      'leverRelative',
      'unit',
      'verdict',
    ] as const
  ).map((k) => `<th scope="col">${esc(t(lang, k))}</th>`);
  const body = data.checks.map((c) => {
    const cells = leverRow(c, lang, data.keyYear);
    const td = cells.slice(1).map((v, i) => {
      const cls = i === cells.length - 2 ? ' class="verdict"' : i === cells.length - 3 ? ' class="unit"' : '';
      return `<td${cls}>${esc(v)}</td>`;
    });
    return `<tr class="verdict-${c.verdict}" data-lever="${esc(c.lever)}"><th scope="row">${esc(cells[0])}</th>${td.join('')}</tr>`;
  });
  return `<table class="indicators levers"><thead><tr>${head.join('')}</tr></thead><tbody>\n${body.join('\n')}\n</tbody></table>`;
}

/** The lever report's headline: what was checked, the tally and the exceptions, how sure, what is assumed. */
export function leversHeadline(data: LeversData, lang: Lang): Headline {
  const runs = data.runs === null ? '?' : formatNumber(lang, data.runs, 0);
  const levers = formatNumber(lang, new Set(data.checks.map((c) => c.lever)).size, 0);
  const a = assumedParameters();
  return {
    title: t(lang, 'leversAnswerHeading'),
    ran: lw(lang, 'ran', {
      levers,
      scenario: scenarioName(data, lang),
      runs,
      year: keyYearWords(data.keyYear)[lang],
    }),
    answers: leversAnswer(data, lang),
    money: [],
    sure: lw(lang, 'sure', { runs }),
    assumed: lw(lang, 'assumed', {
      assumed: formatNumber(lang, a.assumed, 0),
      total: formatNumber(lang, a.total, 0),
    }),
  };
}

/** The lever report page's content: the headline, the checks, how to read them, then provenance. */
export function leversPage(data: LeversData, lang: Lang): ExperimentPage {
  const runs = data.runs === null ? '?' : formatNumber(lang, data.runs, 0);
  const notApplicable =
    data.notApplicable.length > 0
      ? `\n<p class="section-note">${esc(t(lang, 'leversNotApplicable', { list: data.notApplicable.join(', ') }))}</p>`
      : '';
  const settings = settingsHtml([
    [t(lang, 'scenarioId'), data.scenario.id, true],
    [t(lang, 'scenarioFile'), data.scenario.file ?? '', true],
    [t(lang, 'runs'), data.runs === null ? '' : runs],
    [t(lang, 'seed'), data.seed === null ? '' : String(data.seed)],
    [t(lang, 'version'), data.version ?? ''],
    [t(lang, 'sha256'), data.scenario.sha256 ?? '', true],
    [t(lang, 'command'), data.command ?? '', true],
  ]);
  return {
    kind: t(lang, 'leversTitle'),
    title: scenarioName(data, lang),
    subtitle: t(lang, 'leversSubtitle', { runs }),
    headline: leversHeadline(data, lang),
    version: data.version,
    sections: [
      {
        id: 'checks',
        title: t(lang, 'leversChecks'),
        html: `<div class="table-scroll">${checksTable(data, lang)}</div>${notApplicable}`,
        charts: [],
      },
      {
        id: 'methods',
        title: t(lang, 'methods'),
        html: `<p>${esc(t(lang, 'leversMethods', { runs }))}</p>`,
        charts: [],
      },
      { id: 'settings', title: t(lang, 'settings'), html: settings, charts: [] },
    ],
  };
}
