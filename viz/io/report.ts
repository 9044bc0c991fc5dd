/** `writeReport`: render DIR/report.html from the outputs saved in DIR, atomically. */
import { join } from 'node:path';
import { writeFileAtomic } from '../../sim/io/atomic.js';
import { reportHtml } from '../html.js';
import type { StageHistory } from '../city-map-svg.js';
import type { Lang, ReportData } from '../types.js';
import { stageHistoryOf } from './citymap.js';
import { chartJsUmdSource, readReportData } from './read.js';

/** Options of {@link writeReport} and {@link writePngs}. */
export interface ReportOptions {
  /** Language (default: the scenario's `language` from the manifest, else English). */
  lang?: Lang;
  /**
   * Run 0's stages for the small-multiples map when the caller recorded them (`cogov run`);
   * otherwise run 0 is re-run from the folder's manifest (viz/io/citymap.ts).
   */
  cityMap?: StageHistory | null;
}

/** The language of a report: the one asked for, else the scenario's, else English. */
export function reportLang(data: ReportData, lang?: Lang): Lang {
  return lang ?? data.language ?? 'en';
}

/** Write `dir/report.html` from the outputs in `dir`; returns its path and language. */
export function writeReport(dir: string, options: ReportOptions = {}): { path: string; lang: Lang } {
  const data = readReportData(dir);
  const lang = reportLang(data, options.lang);
  const path = join(dir, 'report.html');
  writeFileAtomic(
    path,
    reportHtml(data, lang, {
      chartJs: chartJsUmdSource(),
      cityMap: options.cityMap !== undefined ? options.cityMap : stageHistoryOf(dir),
    }),
  );
  return { path, lang };
}
