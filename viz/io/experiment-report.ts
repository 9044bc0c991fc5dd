/**
 * Report pages of experiments, written atomically to DIR/report.html from the outputs in DIR:
 * {@link writeCompareReport} (`cogov compare`), {@link writeSweepReport} (`cogov sweep`),
 * {@link writeSensitivityReport} (`cogov sensitivity`), {@link writeLeversReport} (`cogov levers`) and
 * {@link writeOptimisationReport} (`cogov optimize`).
 * chart.js is inlined; nothing is fetched.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../sim/io/atomic.js';
import { comparePage } from '../compare.js';
import { parseCompare } from '../compare-parse.js';
import { type ExperimentPage, experimentPageHtml } from '../experiment-page.js';
import { leversPage, parseLevers } from '../levers.js';
import { optimisationPage } from '../optimisation.js';
import { parseOptimisation } from '../optimisation-data.js';
import { ReportInputError } from '../../sim/outputs/errors.js';
import { parseSensitivity, sensitivityPage } from '../sensitivity.js';
import { parseSweep, sweepPage } from '../sweep.js';
import type { Lang } from '../types.js';
import { chartJsUmdSource } from './read.js';
import { writeDiscoveryReport } from './discover-report.js';

/** Options of the experiment report writers. */
export interface ExperimentReportOptions {
  /** Language of the page (default English). */
  lang?: Lang;
}

function need(dir: string, file: string): string {
  const path = join(dir, file);
  if (!existsSync(path)) throw new ReportInputError(`${path} is missing`);
  return readFileSync(path, 'utf8');
}

function optional(dir: string, file: string): string | undefined {
  const path = join(dir, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

function write(dir: string, page: ExperimentPage, lang: Lang): { path: string; lang: Lang } {
  const path = join(dir, 'report.html');
  writeFileAtomic(path, experimentPageHtml(page, lang, chartJsUmdSource()));
  return { path, lang };
}

/** Write DIR/report.html of a comparison (curves.csv, difference-curves.csv, comparison.json in DIR). */
export function writeCompareReport(
  dir: string,
  options: ExperimentReportOptions = {},
): { path: string; lang: Lang } {
  const lang = options.lang ?? 'en';
  const data = parseCompare({
    curves: need(dir, 'curves.csv'),
    differenceCurves: need(dir, 'difference-curves.csv'),
    comparison: need(dir, 'comparison.json'),
    manifest: optional(dir, 'manifest.json'),
  });
  return write(dir, comparePage(data, lang), lang);
}

/** Write DIR/report.html of a sweep (points.csv, manifest.json in DIR). */
export function writeSweepReport(
  dir: string,
  options: ExperimentReportOptions = {},
): { path: string; lang: Lang } {
  const lang = options.lang ?? 'en';
  const data = parseSweep({ points: need(dir, 'points.csv'), manifest: optional(dir, 'manifest.json') });
  return write(dir, sweepPage(data, lang), lang);
}

/** Write DIR/report.html of a sensitivity analysis (sensitivity.json, manifest.json in DIR). */
export function writeSensitivityReport(
  dir: string,
  options: ExperimentReportOptions = {},
): { path: string; lang: Lang } {
  const lang = options.lang ?? 'en';
  const data = parseSensitivity({
    sensitivity: need(dir, 'sensitivity.json'),
    manifest: optional(dir, 'manifest.json'),
  });
  return write(dir, sensitivityPage(data, lang), lang);
}

/** Write DIR/report.html of a lever table (levers.json in DIR). */
export function writeLeversReport(
  dir: string,
  options: ExperimentReportOptions = {},
): { path: string; lang: Lang } {
  const lang = options.lang ?? 'en';
  return write(dir, leversPage(parseLevers(need(dir, 'levers.json')), lang), lang);
}

/** Write DIR/report.html of an optimisation (manifest.json, evaluations.csv, pareto.csv, convergence.csv in DIR). */
export function writeOptimisationReport(
  dir: string,
  options: ExperimentReportOptions = {},
): { path: string; lang: Lang } {
  const lang = options.lang ?? 'en';
  const data = parseOptimisation({
    manifest: need(dir, 'manifest.json'),
    evaluations: need(dir, 'evaluations.csv'),
    pareto: need(dir, 'pareto.csv'),
    convergence: need(dir, 'convergence.csv'),
  });
  return write(dir, optimisationPage(data, lang), lang);
}

/** Kinds of output folder cogov writes, each with its report. */
export type OutputKind =
  | 'run'
  | 'compare'
  | 'sweep'
  | 'sensitivity'
  | 'levers'
  | 'optimisation'
  | 'discovery';

/** Whether DIR's manifest.json says it is an optimisation's (`"kind": "optimisation"`). */
function isOptimisation(dir: string): boolean {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) return existsSync(join(dir, 'evaluations.csv'));
  try {
    const m: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof m === 'object' && m !== null && (m as { kind?: unknown }).kind === 'optimisation';
  } catch {
    return false;
  }
}

/**
 * The kind of output folder DIR is: an optimisation by its manifest's kind (or, without a manifest,
 * its evaluations.csv), the others from the files that only that kind writes (a sensitivity folder
 * also holds a sweep's points.csv, so it is tested first); null when DIR holds none of them.
 */
export function outputKind(dir: string): OutputKind | null {
  const has = (f: string) => existsSync(join(dir, f));
  if (isOptimisation(dir)) return 'optimisation';
  if (has('boxes.csv')) return 'discovery';
  if (has('levers.json')) return 'levers';
  if (has('comparison.json')) return 'compare';
  if (has('sensitivity.json')) return 'sensitivity';
  if (has('points.csv')) return 'sweep';
  if (has('summary.json') || has('curves.csv')) return 'run';
  return null;
}

/** Write DIR/report.html of an experiment folder of `kind` (not 'run': see viz/io/report.ts). */
export function writeExperimentReport(
  dir: string,
  kind: Exclude<OutputKind, 'run'>,
  options: ExperimentReportOptions = {},
): { path: string; lang: Lang } {
  switch (kind) {
    case 'compare':
      return writeCompareReport(dir, options);
    case 'sweep':
      return writeSweepReport(dir, options);
    case 'discovery':
      return writeDiscoveryReport(dir, options);
    case 'sensitivity':
      return writeSensitivityReport(dir, options);
    case 'levers':
      return writeLeversReport(dir, options);
    case 'optimisation':
      return writeOptimisationReport(dir, options);
  }
}
