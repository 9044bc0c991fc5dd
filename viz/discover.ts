/**
 * The discovery report (`cogov discover`), pure: a discovery's outputs in (discover-data.ts), page
 * sections out — the headline, the peeling trajectory (coverage against density, one colour per
 * number of restricted factors, the chosen box ringed), the chosen box's limits with quasi-p-values
 * and resampling shares, every box of the trajectory, the CART tree's rules, methods and settings.
 */
import { cartRules } from '../sim/analysis/cart.js';
import { PALETTE, withAlpha } from './charts.js';
import { escapeHtml as esc } from './escape.js';
import type { DiscoveryData } from './discover-data.js';
import { discoverHeadline, unitWord } from './discover-headline.js';
import { limitText, pct, pValue, ruleText, sig } from './discover-text.js';
import {
  axisTitle,
  chartMeta,
  chartOptions,
  type ExperimentPage,
  figureHtml,
  settingsHtml,
  tableHtml,
} from './experiment-page.js';
import { formatNumber } from './format.js';
import { t } from './i18n.js';
import type { ChartDataset, ChartSpec, Lang } from './types.js';
import { dw } from './words-discover.js';

export { type DiscoveryData, type DiscoveryTexts, parseDiscovery } from './discover-data.js';

const PHASE = { start: 'phaseStart', peel: 'phasePeel', paste: 'phasePaste' } as const;
const phaseWord = (lang: Lang, p: string) => (p in PHASE ? dw(lang, PHASE[p as keyof typeof PHASE]) : p);

/** The trajectory chart: coverage (x) against density (y), in %, by number of restricted factors. */
export function trajectoryChart(lang: Lang, data: DiscoveryData): ChartSpec {
  const counts = [...new Set(data.steps.map((s) => s.restricted.length))].sort((a, b) => a - b);
  const label = (k: number) =>
    k === 0
      ? dw(lang, 'restrictedNone')
      : k === 1
        ? dw(lang, 'restrictedOne')
        : dw(lang, 'restrictedN', { n: k });
  const datasets: ChartDataset[] = counts.map((k, i) => {
    const colour = PALETTE[i % PALETTE.length];
    return {
      label: label(k),
      data: data.steps
        .filter((s) => s.restricted.length === k)
        .map((s) => ({ x: s.coverage * 100, y: s.density * 100 })) as unknown as (number | null)[],
      showLine: false,
      pointRadius: 4,
      pointHoverRadius: 5,
      borderColor: colour,
      backgroundColor: withAlpha(colour, 0.6),
      pointBackgroundColor: withAlpha(colour, 0.6),
    };
  });
  const chosen = data.steps.find((s) => s.chosen);
  if (chosen) {
    datasets.push({
      label: dw(lang, 'chosenLabel', { step: chosen.step }),
      data: [{ x: chosen.coverage * 100, y: chosen.density * 100 }] as unknown as (number | null)[],
      showLine: false,
      pointRadius: 9,
      pointHoverRadius: 10,
      pointBorderWidth: 3,
      borderColor: '#c0392b',
      backgroundColor: 'rgba(0,0,0,0)',
      pointBackgroundColor: 'rgba(0,0,0,0)',
    });
  }
  return {
    id: 'discover-trajectory',
    section: 'other',
    title: dw(lang, 'trajectoryTitle'),
    note: dw(lang, 'trajectoryNote'),
    metrics: [],
    config: {
      type: 'line',
      data: { labels: [], datasets },
      options: chartOptions(
        lang,
        {
          x: { type: 'linear', min: 0, max: 100, title: axisTitle(dw(lang, 'coverageAxis')) },
          y: { min: 0, max: 100, title: axisTitle(dw(lang, 'densityAxis')) },
        },
        'nearest',
      ),
    },
    meta: chartMeta(lang, '%', 100),
  };
}

function limitsHtml(lang: Lang, data: DiscoveryData): string {
  const step = data.steps.find((s) => s.chosen) ?? data.steps[0];
  const unit = unitWord(lang, data);
  const n = (v: number) => formatNumber(lang, v, 0);
  const note = dw(lang, 'limitsNote', {
    step: step.step,
    phase: phaseWord(lang, step.phase),
    n: n(step.n),
    unit,
    h: n(step.ofInterest),
    coverage: pct(lang, step.coverage),
    density: pct(lang, step.density),
    mass: pct(lang, step.mass),
  });
  const rangeText = (l: DiscoveryData['limits'][number]) =>
    l.range.kind === 'numeric'
      ? `${sig(lang, l.range.lo)} – ${sig(lang, l.range.hi)}`
      : l.range.keep.join(', ');
  const rows = [...data.limits]
    .sort((a, b) => Number(b.restricted) - Number(a.restricted))
    .map((l) => [
      l.name,
      l.restricted ? limitText(lang, l.name, l.limit, l.range) : dw(lang, 'unrestricted'),
      rangeText(l),
      l.restricted ? pValue(lang, l.quasiP) : '—',
      l.restricted
        ? dw(lang, 'withoutCell', {
            h: n(l.ofInterestWithout),
            n: n(l.nWithout),
            pct: pct(lang, l.ofInterestWithout / l.nWithout),
          })
        : '—',
      pct(lang, l.resampleShare),
    ]);
  return (
    `<p class="note">${esc(note)}</p>\n` +
    tableHtml(
      [
        dw(lang, 'colFactor'),
        dw(lang, 'colLimit'),
        dw(lang, 'colRange'),
        dw(lang, 'colQuasiP'),
        dw(lang, 'colWithout'),
        dw(lang, 'colResample'),
      ],
      rows,
    )
  );
}

function trajectoryTableHtml(lang: Lang, data: DiscoveryData): string {
  const rows = data.steps.map((s) => [
    `${s.step}${s.chosen ? ' ★' : ''}`,
    phaseWord(lang, s.phase),
    `${formatNumber(lang, s.ofInterest, 0)} / ${formatNumber(lang, s.n, 0)}`,
    pct(lang, s.coverage),
    pct(lang, s.density),
    pct(lang, s.mass),
    s.restricted.join(', ') || '—',
  ]);
  return tableHtml(
    [
      dw(lang, 'colStep'),
      dw(lang, 'colPhase'),
      dw(lang, 'colLeafShare'),
      dw(lang, 'colCoverage'),
      dw(lang, 'colDensity'),
      dw(lang, 'colMass'),
      dw(lang, 'colRestricted'),
    ],
    rows,
  );
}

function treeHtml(lang: Lang, data: DiscoveryData): string {
  const p = data.manifest.parameters;
  const rows = cartRules(data.tree).map((r) => [
    ruleText(lang, r, data.names),
    formatNumber(lang, r.n, 0),
    `${formatNumber(lang, r.ofInterest, 0)} (${pct(lang, r.ofInterest / r.n)})`,
  ]);
  return (
    `<p class="note">${esc(dw(lang, 'treeNote', { depth: p.maxDepth, minLeaf: p.minLeaf }))}</p>\n` +
    tableHtml([dw(lang, 'colRule'), dw(lang, 'colLeafCases'), dw(lang, 'colLeafShare')], rows)
  );
}

/** The discovery page's content. */
export function discoverPage(data: DiscoveryData, lang: Lang): ExperimentPage {
  const m = data.manifest;
  const p = m.parameters;
  const chart = trajectoryChart(lang, data);
  const source = m.sourceName?.[lang] ?? m.source.dir;
  return {
    kind: dw(lang, 'kind'),
    title: dw(lang, 'title', { where: m.where }),
    subtitle: dw(lang, 'subtitle', { inputs: m.inputs.length, source }),
    headline: discoverHeadline(lang, data),
    version: m.cogovVersion ?? null,
    sections: [
      { id: 'box', title: dw(lang, 'limitsTitle'), html: limitsHtml(lang, data), charts: [] },
      {
        id: 'trajectory',
        title: dw(lang, 'trajectoryTitle'),
        html: figureHtml(chart, true),
        charts: [chart],
      },
      { id: 'tree', title: dw(lang, 'treeTitle'), html: treeHtml(lang, data), charts: [] },
      { id: 'steps', title: dw(lang, 'trajectoryTable'), html: trajectoryTableHtml(lang, data), charts: [] },
      {
        id: 'methods',
        title: t(lang, 'methods'),
        html: `<p>${esc(
          dw(lang, 'methods', {
            alpha: formatNumber(lang, p.alpha, 2),
            minMass: formatNumber(lang, p.minMass, 2),
            threshold: formatNumber(lang, p.threshold, 2),
            resamples: p.resamples,
            seed: p.seed,
          }),
        )}</p>`,
        charts: [],
      },
      {
        id: 'settings',
        title: t(lang, 'settings'),
        html: settingsHtml([
          [dw(lang, 'settingsSource'), m.source.dir, true],
          [dw(lang, 'settingsWhere'), m.where, true],
          [dw(lang, 'settingsPer'), unitWord(lang, data)],
          [dw(lang, 'settingsAlpha'), formatNumber(lang, p.alpha, 2)],
          [dw(lang, 'settingsMinMass'), formatNumber(lang, p.minMass, 2)],
          [dw(lang, 'settingsThreshold'), formatNumber(lang, p.threshold, 2)],
          [dw(lang, 'settingsSeed'), String(p.seed)],
          [t(lang, 'version'), m.cogovVersion ?? ''],
          [t(lang, 'command'), m.command ?? '', true],
        ]),
        charts: [],
      },
    ],
  };
}
