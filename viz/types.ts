/**
 * The data a report is built from: the aggregated outputs of an ensemble (curves.csv, summary.json,
 * manifest.json) as plain values, and the chart specifications the builders make of them.
 */

import type { Lang } from '../sim/kernel/i18n.js';
import type { CurveSeries } from '../sim/outputs/ensemble.js';
import type { SummaryIndicator } from '../sim/outputs/ensemble.js';
import type { StalledReport } from '../sim/outputs/stalled.js';

/** Report languages. */
export type { Lang };

/** A text in both report languages. */
export interface Bilingual {
  en: string;
  zh: string;
}

/** One metric's statistics across runs, per tick (NaN where undefined): the contract's. */
export type { CurveSeries };

/** Provenance of the outputs (manifest.json); null where the manifest lacks a field. */
export interface Provenance {
  version: string | null;
  scenarioSha256: string | null;
  scenarioFile: string | null;
  seed: number | null;
  runs: number | null;
  workers: number | null;
  wallTimeSeconds: number | null;
  seedRule: string | null;
  quantiles: string | null;
  command: string | null;
  calendar: { start: string; end: string; ticks: number } | null;
}

/** The fire-safety target a run aimed at (or measured without the instrument). */
export interface FireTarget {
  deadline: string;
  targetShare: number;
  enabled: boolean;
}

/** The policy instruments of the lever catalogue that a scenario has on, and those it has off. */
export interface Instruments {
  on: readonly Bilingual[];
  off: readonly Bilingual[];
}

/** Everything a report shows. */
export interface ReportData {
  /** Scenario identifier (file name without extension). */
  scenarioId: string;
  /** Scenario name and description, when the manifest carries them. */
  name: Bilingual | null;
  description: Bilingual | null;
  /** The scenario's report language, when known. */
  language: Lang | null;
  /** Year at whose end the "by year" indicators are read, when known. */
  keyYear: number | null;
  provenance: Provenance;
  /**
   * The policy instruments on and off in the run's scenario (the lever catalogue's names, in its
   * order), from manifest.json's resolvedScenario; null when the manifest does not carry it.
   */
  instruments: Instruments | null;
  /**
   * The fire-safety target of the run's scenario (government.fireSafetyTarget: deadline "YYYY-MM",
   * target share, whether the instrument was on), from manifest.json's resolvedScenario; absent or
   * null when the manifest does not carry it.
   */
  fireTarget?: FireTarget | null;
  /** Curves by metric name, in file order. */
  curves: Map<string, CurveSeries>;
  /** Key indicators by name, in file order. */
  indicators: Map<string, SummaryIndicator>;
  /** The communities that never completed in run 0 (stalled.json of `cogov run`); absent when not written. */
  stalled?: StalledReport | null;
}

/**
 * How the browser (and the PNG writer) completes a chart.js configuration with callbacks, which
 * cannot travel as JSON: legend entries that toggle groups of datasets, datasets kept out of
 * legend and tooltip, tooltip ranges and units.
 */
export interface ChartMeta {
  /** BCP 47 locale for numbers. */
  locale: string;
  /** Display unit appended to tooltip values (already localised and scaled). */
  unit: string;
  /** Maximum fraction digits of tooltip values. */
  digits: number;
  /** Datasets shown neither in the legend nor in the tooltip (lower band bounds). */
  hidden: number[];
  /** Dataset index → datasets its legend entry toggles together. */
  groups: Record<number, number[]>;
  /** Dataset index → index of its lower bound: the tooltip shows "lower – upper". */
  ranges: Record<number, number>;
  /** Add a tooltip footer with the total of the visible stacked values. */
  total: boolean;
  /** Localised word for the footer's total. */
  totalLabel: string;
  /** Label only January ticks of a monthly axis, as this template of `{year}` (null: chart.js's ticks). */
  yearTicks: string | null;
}

/** One chart of the report: a chart.js configuration (JSON only) and its metadata. */
export interface ChartSpec {
  /** Stable identifier, used for PNG file names and element ids ([a-z0-9.-]). */
  id: string;
  /** Report section. */
  section: 'funding' | 'participation' | 'resilience' | 'governance' | 'other';
  title: string;
  /** One line under the title (what the bands or stacks are). */
  note: string;
  /**
   * Set when the chart has nothing to draw (every run 0, or no defined value): the note shown in
   * place of its empty scale.
   */
  empty?: string;
  /** The caption line of the figure when it stands alone (PNG): scenario, runs, what the bands are. */
  caption?: string;
  /** The metrics (curves.csv names) the chart covers. */
  metrics: string[];
  /** A chart.js configuration without functions (serialisable as JSON). */
  config: ChartConfig;
  meta: ChartMeta;
}

/** The subset of chart.js configuration the builders produce. */
export interface ChartConfig {
  type: 'line' | 'bar';
  data: { labels: string[]; datasets: ChartDataset[] };
  options: Record<string, unknown>;
}

/** A chart.js dataset as produced by the builders (null = no value). */
export interface ChartDataset {
  label: string;
  data: (number | null)[];
  [option: string]: unknown;
}
