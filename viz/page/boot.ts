/**
 * The report page's start-up (runs in the browser, after the inlined chart.js): reads the chart
 * specifications from the page's JSON block, hydrates each with the page's callbacks, draws every
 * chart with animation off, and redraws them at print size and resolution when the page is printed.
 * Bundled with its entry (report-entry.ts, experiment-entry.ts) into scripts.gen.ts.
 */
import type { ChartMeta } from '../types.js';
import { CHART_FONT, CHARTS_JSON_ID } from './constants.js';

/** The few browser and chart.js globals the page uses (the Node build has no DOM types). */
interface PageChart {
  options: { devicePixelRatio?: number | undefined };
  resize(): void;
}
interface MediaQuery {
  matches: boolean;
  addEventListener?: (type: 'change', f: (e: { matches: boolean }) => void) => void;
  addListener?: (f: (e: { matches: boolean }) => void) => void;
}
declare const Chart: {
  new (canvas: unknown, config: unknown): PageChart;
  defaults: { font: { family: string }; color: string };
};
declare const document: {
  readyState: string;
  getElementById(id: string): { textContent: string | null } | null;
  addEventListener(type: string, f: () => void): void;
  documentElement: { setAttribute(name: string, value: string): void };
};
declare const window: {
  addEventListener(type: string, f: () => void): void;
  matchMedia?: (query: string) => MediaQuery;
  cogovCharts?: PageChart[];
};

/** A chart's spec as the page's JSON block holds it. */
interface PageSpec {
  id: string;
  config: { options: Record<string, unknown> };
  meta: ChartMeta;
}

/** Draw every chart of the page, each configuration completed by `hydrate`. */
export function bootCharts(hydrate: (config: PageSpec['config'], meta: ChartMeta) => unknown): void {
  const charts: PageChart[] = [];
  const resizeAll = (ratio: number | undefined) => {
    for (const c of charts) {
      c.options.devicePixelRatio = ratio;
      c.resize();
    }
  };
  const boot = () => {
    const specs = JSON.parse(document.getElementById(CHARTS_JSON_ID)?.textContent ?? '[]') as PageSpec[];
    Chart.defaults.font.family = CHART_FONT;
    Chart.defaults.color = '#333';
    for (const spec of specs) {
      const canvas = document.getElementById(`chart-${spec.id}`);
      if (canvas) charts.push(new Chart(canvas, hydrate(spec.config, spec.meta)));
    }
    window.addEventListener('beforeprint', () => resizeAll(3));
    window.addEventListener('afterprint', () => resizeAll(undefined));
    if (window.matchMedia) {
      const print = window.matchMedia('print');
      const onChange = (e: { matches: boolean }) => resizeAll(e.matches ? 3 : undefined);
      if (print.addEventListener) print.addEventListener('change', onChange);
      else if (print.addListener) print.addListener(onChange);
    }
    window.cogovCharts = charts;
    document.documentElement.setAttribute('data-charts', String(charts.length));
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
  else boot();
}
