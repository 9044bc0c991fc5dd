/**
 * Output files of `cogov levers`, in the columns and fields of their contract (sim/outputs/levers.ts):
 * - `levers.csv`: one row per check (lever, path, variant, indicator, unit, expected sign, n, mean
 *   paired difference variant − scenario, its 95 % interval, the scenario's mean, the difference
 *   relative to it, verdict); undefined values are empty cells;
 * - `levers.json`: the same checks with the levers' names and variants in English and Chinese, every
 *   key indicator's paired difference per lever, the tally of verdicts and provenance (scenario
 *   file and SHA-256, runs, seed, seed rule, command, cogov version);
 * - `manifest.json`: provenance with the worker count and wall time, written last.
 * Both data files have the same bytes for any number of workers; the manifest does not.
 */
import { join } from 'node:path';
import { allDifferences, type LeverEffect, type RunIndicators } from '../experiments/lever-effects.js';
import type { Lever } from '../experiments/levers.js';
import { countVerdicts } from '../experiments/lever-summary.js';
import type { PairedDifference } from '../analysis/paired.js';
import { writeFileAtomic } from '../io/atomic.js';
import { csvLine } from '../outputs/csv.js';
import { jsonNumber } from '../outputs/json.js';
import {
  type LeverCheckJson,
  type LeverJson,
  LEVERS_CSV_COLUMNS,
  type LeversJson,
  type PairedDifferenceJson,
} from '../outputs/levers.js';
import { DICTIONARY_COLUMNS } from '../../viz/dictionary.js';
import type { OwnFile } from '../io/own-files.js';
import { RUN_SEED_RULE } from '../kernel/rng.js';
import { KEY_INDICATORS } from '../model/metrics.js';

/** Files `cogov levers --out` writes, as the output-folder guard recognises them. */
export const LEVERS_FILES: readonly OwnFile[] = [
  { name: 'levers.csv', kind: 'csv', header: LEVERS_CSV_COLUMNS.join(',') },
  { name: 'levers.json', kind: 'json' },
  { name: 'report.html', kind: 'html' },
  { name: 'dictionary.csv', kind: 'csv', header: DICTIONARY_COLUMNS.join(',') },
  { name: 'manifest.json', kind: 'json' },
];

const UNIT = new Map<string, string>(KEY_INDICATORS.map((k) => [k.name, k.unit]));

/** levers.csv: one row per check, in catalogue order. */
export function leversCsv(effects: readonly LeverEffect[]): string {
  const lines = [csvLine(LEVERS_CSV_COLUMNS)];
  for (const e of effects) {
    const d = e.difference;
    lines.push(
      csvLine([
        e.lever.id,
        e.lever.path,
        e.lever.variant.en,
        e.indicator,
        UNIT.get(e.indicator) ?? '',
        e.expected,
        d.n,
        d.mean,
        d.ci95[0],
        d.ci95[1],
        d.baselineMean,
        d.relative,
        e.verdict,
      ]),
    );
  }
  return lines.join('');
}

function differenceJson(d: PairedDifference): PairedDifferenceJson {
  return {
    n: d.n,
    difference: jsonNumber(d.mean),
    sd: jsonNumber(d.sd),
    ci95: d.ci95.map(jsonNumber),
    scenarioMean: jsonNumber(d.baselineMean),
    relative: jsonNumber(d.relative),
    distinguishable: d.distinguishable,
  };
}

/** What levers.json records besides the effects. */
export type LeversProvenance = Pick<
  LeversJson,
  'cogovVersion' | 'scenario' | 'keyYear' | 'runs' | 'seed' | 'command' | 'notApplicable'
>;

/** levers.json: provenance, tally, and per lever its checks and every key indicator's difference. */
export function leversJson(
  p: LeversProvenance,
  levers: readonly Lever[],
  effects: readonly LeverEffect[],
  runs: readonly RunIndicators[],
  variantRuns: readonly (readonly RunIndicators[])[],
): string {
  const doc: LeversJson = {
    cogovVersion: p.cogovVersion,
    scenario: p.scenario,
    keyYear: p.keyYear,
    runs: p.runs,
    seed: p.seed,
    seedRule: `run i of the scenario and of every variant: ${RUN_SEED_RULE}`,
    command: p.command,
    effect: 'variant − scenario, paired by run (common random numbers)',
    ci95: 'mean ± t(0.975, n − 1) · sd / √n (Student t) over the paired runs; a check is asExpected when the interval excludes 0 and the mean has the expected sign, opposite when it excludes 0 with the other sign, notDistinguishable otherwise',
    summary: countVerdicts(effects),
    levers: levers.map((lever, l) => {
      const all = allDifferences(runs, variantRuns[l]);
      return {
        id: lever.id,
        path: lever.path,
        name: lever.name,
        variant: lever.variant,
        checks: effects
          .filter((e) => e.lever === lever)
          .map(
            (e): LeverCheckJson => ({
              indicator: e.indicator,
              unit: UNIT.get(e.indicator) ?? '',
              expected: e.expected,
              ...differenceJson(e.difference),
              verdict: e.verdict,
            }),
          ),
        differences: Object.fromEntries(
          KEY_INDICATORS.map((k) => [k.name, { unit: k.unit, ...differenceJson(all[k.name]) }]),
        ) as LeverJson['differences'],
      };
    }),
    notApplicable: p.notApplicable,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Write levers.csv and levers.json to `out` (the report and the manifest are written after). */
export function writeLeverTables(out: string, csv: string, json: string): void {
  writeFileAtomic(join(out, 'levers.csv'), csv);
  writeFileAtomic(join(out, 'levers.json'), json);
}
