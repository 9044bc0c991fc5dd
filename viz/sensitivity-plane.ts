/**
 * The Morris μ*–σ plane of one indicator (Campolongo, Cariboni & Saltelli 2007): one point per
 * factor at (μ*, σ), its bootstrap 95 % interval of μ* as a horizontal whisker with end caps. Each
 * factor is its own dataset (colour and marker), named beside its point (viz/page/point-labels.ts)
 * and in the legend; a legend entry hides a point with its whisker. Factors without a finite μ* or σ are left out (the table beside
 * the plot shows them as "—"). Pure.
 */
import { axisTitle, chartMeta, chartOptions } from './experiment-page.js';
import { displayUnit, maxAbsOf } from './format.js';
import { indicatorLabel } from './i18n.js';
import type { SensitivityData } from './sensitivity-types.js';
import type { ChartDataset, ChartSpec, Lang } from './types.js';
import { sw } from './words-sensitivity.js';

/** Okabe–Ito colours (colour-blind safe), then the markers cycle. */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000', '#F0E442'];
const MARKERS = ['circle', 'triangle', 'rect', 'rectRot', 'star', 'crossRot'];

/** 4 significant digits: the plot's coordinates (tooltips print them as they are). */
const round = (v: number) => Number(v.toPrecision(4));

/**
 * The μ*–σ plane of indicator `k`: datasets in pairs (point of factor i, then its whisker); the
 * whiskers are out of legend and tooltip and toggle with their point.
 */
export function morrisPlaneChart(lang: Lang, data: SensitivityData, k: number): ChartSpec {
  const ind = data.indicators[k];
  const d = displayUnit(
    lang,
    ind.unit,
    maxAbsOf(ind.factors.flatMap((f) => [f.muStar, f.sigma, ...f.muStarCi])),
  );
  const datasets: ChartDataset[] = [];
  const hidden: number[] = [];
  const groups: Record<number, number[]> = {};
  let max = 0;
  ind.factors.forEach((f, i) => {
    if (!Number.isFinite(f.muStar) || !Number.isFinite(f.sigma)) return;
    const colour = COLOURS[i % COLOURS.length];
    const marker = MARKERS[Math.floor(i / COLOURS.length) % MARKERS.length];
    const y = round(f.sigma * d.factor);
    const point = datasets.length;
    datasets.push({
      label: f.factor,
      cogovLabel: f.factor,
      data: [{ x: round(f.muStar * d.factor), y }] as unknown as (number | null)[],
      showLine: false,
      pointStyle: marker,
      pointRadius: 7,
      pointHoverRadius: 9,
      pointHitRadius: 8,
      // Points at μ* = 0 or σ = 0 sit on an axis: draw them whole.
      clip: 10,
      backgroundColor: colour,
      borderColor: colour,
    });
    const [lo, hi] = f.muStarCi;
    max = Math.max(max, Math.abs(f.muStar), Math.abs(f.sigma));
    if (Number.isFinite(lo) && Number.isFinite(hi)) {
      hidden.push(datasets.length);
      groups[point] = [point, datasets.length];
      max = Math.max(max, Math.abs(lo), Math.abs(hi));
      datasets.push({
        label: sw(lang, 'planeCi', { factor: f.factor }),
        data: [
          { x: round(lo * d.factor), y },
          { x: round(hi * d.factor), y },
        ] as unknown as (number | null)[],
        showLine: true,
        borderColor: colour,
        backgroundColor: colour,
        borderWidth: 2,
        pointStyle: 'line',
        rotation: 90,
        pointRadius: 6,
        pointHoverRadius: 6,
        pointHitRadius: 0,
        clip: 10,
        fill: false,
      });
    }
  });
  const title = (key: 'muStarAxis' | 'sigmaAxis', bare: 'muStarAxisBare' | 'sigmaAxisBare') =>
    axisTitle(d.label ? sw(lang, key, { unit: d.label }) : sw(lang, bare));
  const options = chartOptions(
    lang,
    {
      x: {
        type: 'linear',
        min: 0,
        grid: { display: true },
        ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 8 },
        title: title('muStarAxis', 'muStarAxisBare'),
      },
      y: { type: 'linear', min: 0, title: title('sigmaAxis', 'sigmaAxisBare') },
    },
    'nearest',
  );
  return {
    id: `morris-plane-${k}`,
    section: 'other',
    title: sw(lang, 'planeTitle', {
      indicator: indicatorLabel(lang, ind.indicator, data.calendar?.keyYear ?? null),
    }),
    note: sw(lang, 'planeNote'),
    metrics: [ind.indicator],
    config: { type: 'line', data: { labels: [], datasets }, options },
    meta: chartMeta(lang, d.label, max * d.factor, { hidden, groups }),
  };
}
