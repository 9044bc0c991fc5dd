/**
 * `writePngs`: every chart of the report rendered server-side (chart.js on @napi-rs/canvas) at print
 * resolution, 6.5 × 3.5 inches at 300 dpi, with a white background, the chart's title and its
 * caption line (scenario, runs, what the bands are), written atomically as DIR/figures/<chart id>.png.
 */
import { join } from 'node:path';
import { type Canvas, createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { Chart, type ChartConfiguration, type ChartItem, type Plugin, registerables } from 'chart.js';
import { writeFileAtomic } from '../../sim/io/atomic.js';
import { buildCharts } from '../plan.js';
import { CHART_FONT, cogovHydrate } from '../runtime.js';
import type { ChartSpec, Lang } from '../types.js';
import { withDpi } from './png-phys.js';
import { readReportData } from './read.js';
import { type ReportOptions, reportLang } from './report.js';

/** Size of a figure in CSS pixels, and the pixel ratio that brings it to 300 dpi at 6.5 inches wide. */
export const FIGURE = { width: 780, height: 420, pixelRatio: 2.5, dpi: 300 } as const;

let registered = false;

const whiteBackground: Plugin = {
  id: 'cogovWhiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** Fonts that cover Chinese, as named by common systems. */
const CJK_FONT =
  /CJK|WenQuanYi|Han Sans|PingFang|YaHei|Hiragino|Noto Sans SC|SimHei|SimSun|Heiti|Droid Sans Fallback|AR PL/i;

/** Whether a font that covers Chinese is installed (for the zh figures). */
export function hasCjkFont(): boolean {
  return GlobalFonts.families.some((f) => CJK_FONT.test(f.family));
}

/** The page's `cogovHydrate` (viz/page/hydrate.ts), on a configuration of the builders. */
export function hydrate(config: ChartSpec['config'], meta: ChartSpec['meta']): ChartConfiguration {
  return cogovHydrate(config, meta) as unknown as ChartConfiguration;
}

/**
 * Writes a chart's `empty` note in the middle of its plot area (the chart draws no data nor scale
 * then): a figure with nothing to show says so.
 */
function emptyNotePlugin(note: string): Plugin {
  return {
    id: 'cogovEmptyNote',
    afterDraw(chart) {
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.fillStyle = '#555';
      ctx.font = `15px ${CHART_FONT}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(note, (chartArea.left + chartArea.right) / 2, (chartArea.top + chartArea.bottom) / 2);
      ctx.restore();
    },
  };
}

/**
 * The chart.js configuration of a spec for static rendering: hydrated as on the page, title on, the
 * spec's caption line under the legend (so a pasted figure keeps its scenario, runs and bands), and
 * for a chart with nothing to draw its note in place of data and scales.
 */
export function staticConfig(spec: ChartSpec): ChartConfiguration {
  const config = hydrate(structuredClone(spec.config), spec.meta);
  const options = config.options as Record<string, unknown> & {
    plugins: Record<string, unknown>;
    scales?: Record<string, Record<string, unknown>>;
  };
  options.responsive = false;
  options.animation = false;
  options.devicePixelRatio = FIGURE.pixelRatio;
  options.layout = { padding: { left: 6, right: 6, bottom: 2 } };
  options.plugins.title = {
    display: true,
    text: spec.title,
    font: { size: 15, weight: 'bold' },
    padding: { bottom: 8 },
  };
  if (spec.caption) {
    options.plugins.subtitle = {
      display: true,
      text: spec.caption,
      position: 'bottom',
      align: 'start',
      color: '#555',
      font: { size: 11 },
      padding: { top: 6 },
    };
  }
  options.plugins.tooltip = { enabled: false };
  config.plugins = [whiteBackground];
  if (spec.empty) {
    config.data.datasets = [];
    options.plugins.legend = { display: false };
    for (const axis of Object.values(options.scales ?? {})) axis.display = false;
    config.plugins.push(emptyNotePlugin(spec.empty));
  }
  return config;
}

/** Draw one chart on a canvas at print resolution; `release` frees the chart (and clears the canvas). */
function drawChart(spec: ChartSpec): { canvas: Canvas; release: () => void } {
  if (!registered) {
    Chart.register(...registerables);
    registered = true;
  }
  Chart.defaults.font.family = CHART_FONT;
  Chart.defaults.color = '#333';
  const canvas = createCanvas(FIGURE.width, FIGURE.height);
  // chart.js drives any object with getContext('2d') through its basic (non-DOM) platform.
  const chart = new Chart(canvas as unknown as ChartItem, staticConfig(spec));
  chart.draw();
  return { canvas, release: () => chart.destroy() };
}

const asBytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** Render one chart to PNG bytes (300 dpi). */
export function renderPng(spec: ChartSpec): Uint8Array {
  const { canvas, release } = drawChart(spec);
  try {
    return withDpi(asBytes(canvas.toBuffer('image/png')), FIGURE.dpi);
  } finally {
    release();
  }
}

/** PNG encodings in flight at once (encoding runs on libuv's thread pool and dominates the time). */
const ENCODERS = 4;

/** Write every chart of the report of `dir` as `dir/figures/<id>.png`; returns the paths and warnings. */
export async function writePngs(
  dir: string,
  options: ReportOptions = {},
): Promise<{ files: string[]; lang: Lang; warnings: 'noCjkFont'[] }> {
  const data = readReportData(dir);
  const lang = reportLang(data, options.lang);
  const specs = buildCharts(data, lang);
  const files = specs.map((spec) => join(dir, 'figures', `${spec.id}.png`));
  let next = 0;
  const lane = async () => {
    while (next < specs.length) {
      const i = next++;
      const { canvas, release } = drawChart(specs[i]);
      let png: Buffer;
      try {
        png = await canvas.encode('png');
      } finally {
        release();
      }
      writeFileAtomic(files[i], withDpi(asBytes(png), FIGURE.dpi));
    }
  };
  await Promise.all(Array.from({ length: Math.min(ENCODERS, specs.length) }, lane));
  return { files, lang, warnings: lang === 'zh' && !hasCjkFont() ? ['noCjkFont'] : [] };
}
