/**
 * The cogov library: load a scenario, run one seeded simulation or a seeded ensemble, merge shards.
 *
 * ```ts
 * import { loadScenario, runEnsemble } from 'cogov';
 * const loaded = loadScenario('scenarios/demo-small.yaml');
 * const report = await runEnsemble(loaded, { out: 'out/demo', runs: 100, workers: 2 });
 * console.log(report.results?.summaries.householdsRenovated);
 * ```
 */
import { type LoadedScenario, loadScenarioFile } from '../scenarios/load.js';
import type { ParseOptions } from '../scenarios/parse.js';

export { ScenarioError, type ScenarioIssue } from '../scenarios/issues.js';
export type { LoadedScenario } from '../scenarios/load.js';
export { type ParseOptions, parseScenarioText } from '../scenarios/parse.js';
export { localizedMessage } from '../scenarios/messages.js';
export { type Scenario, ScenarioSchema } from '../scenarios/schema.js';
export { CURVE_QUANTILES, type CurveStats, EXACT_QUANTILE_RUNS } from './analysis/aggregate.js';
export {
  type EnsembleOptions,
  type EnsembleProgress,
  type EnsembleReport,
  QUANTILE_METHOD,
  runEnsemble,
} from './ensemble/ensemble.js';
export { EnsembleInputError, EnsembleInterruptedError, RunFailedError } from './ensemble/errors.js';
export type { EnsembleResults } from './ensemble/finish.js';
export { type MergeOptions, mergeShards } from './ensemble/merge.js';
export { parseShard, type Shard, shardRange } from './ensemble/plan.js';
export { SKETCH_ALPHA } from './analysis/sketch.js';
export type { IndicatorSummary } from './analysis/summary.js';
export { RUN_SEED_RULE, runSeed } from './kernel/rng.js';
export { KEY_INDICATORS, type KeyIndicator, METRICS, type MetricDef } from './model/metrics.js';
export { type RunOptions, type RunResult, runOne } from './model/run.js';

/**
 * Read, parse and validate a scenario file. Throws {@link ScenarioError} listing every problem as
 * `FILE:LINE:COL: field: message`, in `options.lang` (en or zh; default the file's own `language`,
 * else en).
 */
export function loadScenario(path: string, options: ParseOptions = {}): LoadedScenario {
  return loadScenarioFile(path, options);
}
