/** `writeReport`: render DIR/report.html from the outputs saved in DIR, atomically. */
import { join } from 'node:path';
import { writeFileAtomic } from '../../sim/io/atomic.js';
import { reportHtml } from '../html.js';
import type { Lang, ReportData } from '../types.js';
import { stageHistoryOf } from './citymap.js';
import { chartJsUmdSource, readReportData } from './read.js';

/** Options of {@link writeReport} and {@link writePngs}. */
export interface ReportOptions {
  /** Language (default: the scenario's `language` from the manifest, else English). */
  lang?: Lang;
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
    reportHtml(data, lang, { chartJs: chartJsUmdSource(), cityMap: stageHistoryOf(dir) }),
  );
  return { path, lang };
}
