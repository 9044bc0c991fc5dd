/**
 * Output files of `cogov compare` (tidy CSV, one observation per row), in the columns and fields of
 * their contract (sim/outputs/compare.ts):
 * - `curves.csv`: scenario, metric, tick, date, n, mean, sd, p05 … p95 (every scenario's curves, as
 *   in an ensemble's curves.csv, for overlays);
 * - `runs.csv`: scenario, run, seed and the key indicators (every scenario, every run);
 * - `differences.csv`: per scenario after the first and per key indicator, the paired difference to
 *   the first with its 95 % interval and whether it is distinguishable from zero;
 * - `difference-curves.csv`: scenario, baseline, metric, tick, date, n, mean, sd, ciLow, ciHigh: the
 *   paired difference of every curve cell with its 95 % band;
 * - `comparison.json`: the period and key years, the parameters that differ between the resolved
 *   scenarios, per indicator each scenario's summary and the differences (with both sides' means
 *   over the paired runs);
 * - `manifest.json`: provenance and every scenario as run (defaults filled in), written last.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeCurvesParquet, writeRunsParquet } from '../io/ensemble-tables.js';
import type { OutputFormat } from '../outputs/parquet.js';
import { summarise } from '../analysis/summary.js';
import { type PairedDifference, pairedDifference } from '../analysis/paired.js';
import { dictionaryCsv } from '../../viz/dictionary.js';
import { writeFileAtomic } from '../io/atomic.js';
import { csvLine } from '../outputs/csv.js';
import { curvesCsv, runsCsvHeader, runsCsvRow } from '../io/ensemble-outputs.js';
import {
  type ComparisonIndicatorJson,
  type ComparisonJson,
  type CompareManifestJson,
  DIFFERENCE_CURVES_COLUMNS,
  DIFFERENCES_COLUMNS,
  MAX_PARAMETER_DIFFERENCES,
} from '../outputs/compare.js';
import { parameterDifferences } from '../../scenarios/diff.js';
import { jsonNumber } from '../outputs/json.js';
import { runSeed } from '../kernel/rng.js';
import { KEY_INDICATORS } from '../model/metrics.js';
import type { ComparisonResult } from './compare-run.js';

/** Files written by {@link writeComparison}, in order. */
export const COMPARE_FILES = [
  'curves.csv',
  'runs.csv',
  'differences.csv',
  'difference-curves.csv',
  'comparison.json',
  'dictionary.csv',
  'manifest.json',
] as const;

/** Per scenario after the first, per key indicator: the paired difference to the first. */
export function indicatorDifferences(r: ComparisonResult): PairedDifference[][] {
  const K = KEY_INDICATORS.length;
  const column = (s: number, j: number) =>
    Float64Array.from({ length: r.runs }, (_, i) => r.indicators[s][i * K + j]);
  return r.scenarios
    .slice(1)
    .map((_, s) => KEY_INDICATORS.map((_, j) => pairedDifference(column(0, j), column(s + 1, j))));
}

function differencesCsv(r: ComparisonResult, diffs: PairedDifference[][]): string {
  const lines = [csvLine(DIFFERENCES_COLUMNS)];
  diffs.forEach((row, s) => {
    row.forEach((d, j) => {
      lines.push(
        csvLine([
          r.scenarios[s + 1].id,
          r.scenarios[0].id,
          KEY_INDICATORS[j].name,
          KEY_INDICATORS[j].unit,
          d.n,
          d.baselineMean,
          d.baselineMean + d.mean,
          d.mean,
          d.sd,
          d.ci95[0],
          d.ci95[1],
          d.relative,
          String(d.distinguishable),
        ]),
      );
    });
  });
  return lines.join('');
}

function differenceCurvesCsv(r: ComparisonResult): string {
  const ticks = r.dates.length;
  const lines = [csvLine(DIFFERENCE_CURVES_COLUMNS)];
  r.differences.forEach((d, s) => {
    for (let m = 0; m < r.metrics.length; m++) {
      for (let t = 0; t < ticks; t++) {
        const c = m * ticks + t;
        lines.push(
          csvLine([
            r.scenarios[s + 1].id,
            r.scenarios[0].id,
            r.metrics[m],
            t,
            r.dates[t],
            d.n[c],
            d.mean[c],
            d.sd[c],
            d.lo[c],
            d.hi[c],
          ]),
        );
      }
    }
  });
  return lines.join('');
}

function comparisonJson(r: ComparisonResult, diffs: PairedDifference[][]): string {
  const K = KEY_INDICATORS.length;
  const params = parameterDifferences(r.resolved);
  const indicators = KEY_INDICATORS.map(
    (k, j): ComparisonIndicatorJson => ({
      indicator: k.name,
      unit: k.unit,
      scenarios: r.scenarios.map((sc, s) => {
        const sum = summarise(Float64Array.from({ length: r.runs }, (_, i) => r.indicators[s][i * K + j]));
        return { scenario: sc.id, n: sum.n, mean: jsonNumber(sum.mean), ci95: sum.ci95.map(jsonNumber) };
      }),
      differences: diffs.map((row, s) => {
        const d = row[j];
        return {
          scenario: r.scenarios[s + 1].id,
          baseline: r.scenarios[0].id,
          n: d.n,
          difference: jsonNumber(d.mean),
          sd: jsonNumber(d.sd),
          ci95: d.ci95.map(jsonNumber),
          relative: jsonNumber(d.relative),
          distinguishable: d.distinguishable,
          baselineMean: jsonNumber(d.baselineMean),
          scenarioMean: jsonNumber(d.baselineMean + d.mean),
        };
      }),
    }),
  );
  const doc: ComparisonJson = {
    scenarios: r.scenarios.map((s) => s.id),
    baseline: r.scenarios[0].id,
    runs: r.runs,
    seed: r.seed,
    pairing: 'common random numbers: run i of every scenario uses seed(i) (see manifest.json seedRule)',
    ci95: 'paired difference (scenario − baseline) per run; mean ± t(0.975, n − 1) · sd / √n (Student t); distinguishable when the interval excludes 0',
    calendar: {
      start: r.dates[0],
      end: r.dates[r.dates.length - 1],
      keyYears: r.resolved.map((s) => s.calendar.keyYear),
    },
    parameterDifferences: params.slice(0, MAX_PARAMETER_DIFFERENCES),
    parameterDifferencesTotal: params.length,
    indicators,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * Write the comparison outputs to `out`; `manifest` gets the file list and is written last. With
 * `format: 'parquet'`, runs.parquet replaces runs.csv and curves.parquet is written beside
 * curves.csv (the report reads it).
 */
export function writeComparison(
  out: string,
  r: ComparisonResult,
  format: OutputFormat | undefined,
  manifest: (files: string[]) => CompareManifestJson,
): { files: string[]; differences: PairedDifference[][] } {
  for (const f of ['runs.csv', 'runs.parquet', 'curves.parquet']) rmSync(join(out, f), { force: true });
  const diffs = indicatorDifferences(r);
  const curves = r.scenarios
    .map((s, i) => {
      const text = curvesCsv(s.id, r.metrics, r.dates, r.curves[i]);
      return i === 0 ? text : text.slice(text.indexOf('\n') + 1);
    })
    .join('');
  writeFileAtomic(join(out, 'curves.csv'), curves);
  const K = KEY_INDICATORS.length;
  const rows = r.scenarios.flatMap((s, si) =>
    Array.from({ length: r.runs }, (_, i) => ({
      scenario: s.id,
      run: i,
      seed: runSeed(r.seed, i),
      indicators: r.indicators[si].subarray(i * K, (i + 1) * K),
    })),
  );
  const parquet: string[] = [];
  if (format === 'parquet') {
    const parts = r.scenarios.map((s, i) => ({ scenario: s.id, stats: r.curves[i] }));
    parquet.push(writeCurvesParquet(out, r.metrics, r.dates, parts), writeRunsParquet(out, rows));
  } else {
    const runs = [runsCsvHeader(), ...rows.map((x) => runsCsvRow(x.scenario, x.run, x.seed, x.indicators))];
    writeFileAtomic(join(out, 'runs.csv'), runs.join(''));
  }
  writeFileAtomic(join(out, 'differences.csv'), differencesCsv(r, diffs));
  writeFileAtomic(join(out, 'difference-curves.csv'), differenceCurvesCsv(r));
  writeFileAtomic(join(out, 'comparison.json'), comparisonJson(r, diffs));
  writeFileAtomic(join(out, 'dictionary.csv'), dictionaryCsv(r.resolved[0]?.calendar.keyYear ?? null));
  const files: string[] = [...COMPARE_FILES];
  if (format === 'parquet') files.splice(1, 1, ...parquet);
  const resolvedScenarios = Object.fromEntries(r.scenarios.map((s, i) => [s.id, r.resolved[i]]));
  const doc: CompareManifestJson = { ...manifest(files), resolvedScenarios };
  writeFileAtomic(join(out, 'manifest.json'), `${JSON.stringify(doc, null, 2)}\n`);
  return { files, differences: diffs };
}
