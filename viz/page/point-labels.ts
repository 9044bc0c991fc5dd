/**
 * Text labels beside scatter points, for datasets that carry `cogovLabel` (the μ*–σ plane names
 * each factor's point): drawn after the datasets, above the point's right (its left near the right
 * edge), moved up or down a line until it overlaps no label placed before. Labels follow the
 * legend: a hidden dataset loses its label. Self-contained, like cogovHydrate (browser bundle).
 */
import { CHART_FONT } from './constants.js';

/** A point to label, in canvas pixels, and its label's width. */
export interface LabelPoint {
  x: number;
  y: number;
  width: number;
}

/** Where a label goes: its left edge and baseline. */
export interface LabelPlace {
  x: number;
  y: number;
}

/** Label height and gap from the point, in pixels. */
const LINE = 14;
const GAP = 7;

/**
 * Places the labels of `points` inside `area` (left, top, right, bottom), in order, none overlapping
 * an earlier one: above the point's right, or its left when it would cross the right edge; then
 * moved a line at a time, alternately up and down, until free.
 */
export function placeLabels(
  points: readonly LabelPoint[],
  area: { left: number; top: number; right: number; bottom: number },
): LabelPlace[] {
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const free = (x0: number, x1: number, y0: number, y1: number) =>
    placed.every((b) => x1 <= b.x0 || x0 >= b.x1 || y1 <= b.y0 || y0 >= b.y1);
  return points.map((p) => {
    const x = p.x + GAP + p.width > area.right ? p.x - GAP - p.width : p.x + GAP;
    // Above the point's right (clear of a horizontal whisker through it), inside the plot area.
    const base = Math.min(Math.max(p.y - GAP, area.top + LINE), area.bottom);
    let y = base;
    for (let k = 1; k < 40 && !free(x, x + p.width, y - LINE, y); k++) {
      const step = Math.ceil(k / 2) * LINE * (k % 2 === 1 ? -1 : 1);
      y = base + step;
    }
    placed.push({ x0: x, x1: x + p.width, y0: y - LINE, y1: y });
    return { x, y };
  });
}

interface LabelChart {
  ctx: {
    save(): void;
    restore(): void;
    font: string;
    fillStyle: string;
    textBaseline: string;
    measureText(s: string): { width: number };
    fillText(s: string, x: number, y: number): void;
  };
  chartArea: { left: number; top: number; right: number; bottom: number };
  data: { datasets: { cogovLabel?: unknown }[] };
  isDatasetVisible(i: number): boolean;
  getDatasetMeta(i: number): { data: { x: number; y: number }[] };
}

/** The chart.js plugin that draws the labels. */
const plugin = {
  id: 'cogovPointLabels',
  afterDatasetsDraw(chart: LabelChart): void {
    const { ctx } = chart;
    ctx.save();
    ctx.font = `12px ${CHART_FONT}`;
    ctx.fillStyle = '#333';
    ctx.textBaseline = 'alphabetic';
    const labels: { text: string; point: LabelPoint }[] = [];
    chart.data.datasets.forEach((ds, i) => {
      const el = chart.getDatasetMeta(i).data[0];
      if (typeof ds.cogovLabel !== 'string' || !el || !chart.isDatasetVisible(i)) return;
      labels.push({
        text: ds.cogovLabel,
        point: { x: el.x, y: el.y, width: ctx.measureText(ds.cogovLabel).width },
      });
    });
    const places = placeLabels(
      labels.map((l) => l.point),
      chart.chartArea,
    );
    for (let i = 0; i < labels.length; i++) ctx.fillText(labels[i].text, places[i].x, places[i].y);
    ctx.restore();
  },
};

/** Add the label plugin to `config` when one of its datasets carries `cogovLabel`; returns it. */
export function withPointLabels<C extends object>(config: C): C {
  const data = (config as { data?: { datasets?: { cogovLabel?: unknown }[] } }).data;
  if (data?.datasets?.some((d) => typeof d.cogovLabel === 'string')) {
    (config as C & { plugins?: unknown[] }).plugins = [plugin];
  }
  return config;
}
