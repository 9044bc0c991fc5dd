/**
 * The cogov library: load a scenario, run one seeded simulation or a seeded ensemble, merge shards;
 * compare scenarios on common seeds, sweep an experiment's design, analyse its sensitivity, measure
 * every lever's paired effect. The `cogov` command is a shell over these.
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
export {
  type ComparedScenario,
  type CompareOptions,
  type ComparisonResult,
  loadCompared,
  runComparison,
} from './batch/compare-run.js';
export { writeComparison } from './batch/compare-outputs.js';
export {
  type ExperimentLoadOptions,
  type LoadedExperiment,
  loadExperimentFile as loadExperiment,
} from './batch/experiment-file.js';
export { runSweep, type SweepOptions, type SweepReport } from './batch/sweep-run.js';
export { type LoadedOptimisation, loadOptimisationFile as loadOptimisation } from './batch/optimise-file.js';
export {
  OptimisationInterruptedError,
  type OptimisationOptions,
  type OptimisationReport,
  OptimisationRunError,
  runOptimisation,
} from './batch/optimise-run.js';
export {
  runSensitivity,
  type SensitivityRows,
  type SensitivityRun,
  writeSensitivity,
} from './batch/sensitivity-run.js';
export { type LeverRunOptions, type LeverRuns, runLevers } from './batch/levers-run.js';
export { type Lever, leversOf } from './experiments/levers.js';

/**
 * Read, parse and validate a scenario file. Throws {@link ScenarioError} listing every problem as
 * `FILE:LINE:COL: field: message`, in `options.lang` (en or zh; default the file's own `language`,
 * else en).
 */
export function loadScenario(path: string, options: ParseOptions = {}): LoadedScenario {
  return loadScenarioFile(path, options);
}
export { parseTableGameText, type TableGame } from './game/table-load.js';
export {
  analyseTableGame,
  scanTableGame,
  type ScanResult,
  type StageResult,
  type TableResult,
} from './game/table-analysis.js';
