/** manifest.json of an optimisation ({@link OptimisationManifestJson}): provenance, settings and totals. */
import type { Factor } from '../analysis/factors.js';
import type { Lever } from '../experiments/optimisation-plan.js';
import { cogovVersion } from '../io/version.js';
import { RUN_SEED_RULE } from '../kernel/rng.js';
import { KEY_INDICATORS } from '../model/metrics.js';
import { jsonNumber } from '../outputs/json.js';
import type { OptimisationFactorJson, OptimisationManifestJson } from '../outputs/optimisation.js';
import type { LoadedOptimisation } from './optimise-file.js';
import type { HypervolumeScale } from './optimise-io.js';

const unitOf = (indicator: string): string => KEY_INDICATORS.find((k) => k.name === indicator)?.unit ?? '';

function factorJson(f: Factor | Lever, role: 'lever' | 'uncertainty'): OptimisationFactorJson {
  const type = 'type' in f ? f.type : f.values ? 'categorical' : f.integer ? 'integer' : ('real' as const);
  return { name: f.name, path: f.path, role, type, range: f.range ?? null, values: f.values ?? null };
}

/** The manifest of a finished optimisation. */
export function optimisationManifest(
  loaded: LoadedOptimisation,
  extra: {
    scale: HypervolumeScale;
    totals: OptimisationManifestJson['totals'];
    resumed: number;
    workers: number;
    wallTimeSeconds: number;
    command?: string;
    files: string[];
    sha256: Record<string, string>;
  },
): OptimisationManifestJson {
  const { plan, optimisation: o, base } = loaded;
  const levers = plan.levers.map((l) => factorJson(l, 'lever'));
  const uncertainties = plan.uncertainties.map((f) => factorJson(f, 'uncertainty'));
  const a = plan.algorithm;
  return {
    kind: 'optimisation',
    cogovVersion: cogovVersion(),
    experimentFile: loaded.file,
    experimentSha256: loaded.sha256,
    name: o.name ?? null,
    description: o.description ?? null,
    scenarioName: base.scenario.name,
    calendar: {
      start: base.scenario.calendar.start,
      end: base.scenario.calendar.end,
      keyYear: base.scenario.calendar.keyYear,
    },
    scenarioFile: base.file,
    scenarioSha256: base.sha256,
    levers,
    uncertainties,
    states: plan.hasStates ? plan.states.length : 0,
    objectives: plan.objectives.map((b) => ({
      name: b.name,
      indicator: b.indicator,
      unit: unitOf(b.indicator),
      direction: b.direction,
      aggregate: b.aggregate,
      robustness: b.robustness,
      threshold: jsonNumber(b.threshold),
      valueUnit: b.robustness === 'satisficing' ? 'share' : unitOf(b.indicator),
      valueDirection: b.valueDirection,
    })),
    constraints: plan.constraints.map((c) => ({
      name: c.name,
      indicator: c.indicator,
      unit: unitOf(c.indicator),
      op: c.op,
      bound: c.bound,
      aggregate: c.aggregate,
    })),
    factors: [...levers, ...uncertainties],
    indicators: KEY_INDICATORS.map((k) => k.name),
    algorithm: {
      name: 'NSGA-II',
      population: a.population,
      generations: a.generations,
      budget: a.budget,
      replicates: a.replicates,
      maxReplicates: a.maxReplicates,
      crossoverEta: a.crossoverEta,
      crossoverProbability: a.crossoverProbability,
      mutationEta: a.mutationEta,
      mutationProbability: jsonNumber(a.mutationProbability) ?? 0,
      epsilon: a.epsilon,
    },
    seed: plan.seed,
    seedRule: `replicate r of every candidate in every state of the world runs on seed(r): ${RUN_SEED_RULE}`,
    runIndex:
      'runs are numbered in the order the search makes them: by generation, then candidate, state of the world and replicate',
    hypervolume: {
      method:
        'exact hypervolume (2 objectives: sweep; more: WFG) of the population’s feasible non-dominated candidates; each objective’s value scaled so that ideal → 0 and nadir → 1 (the best and worst value on any generation’s front), minimised, against the reference point',
      ideal: extra.scale.ideal.map(jsonNumber),
      nadir: extra.scale.nadir.map(jsonNumber),
      reference: extra.scale.reference,
    },
    totals: extra.totals,
    resumedRuns: extra.resumed,
    execution:
      extra.workers > 1
        ? `${extra.workers} worker threads, runs journaled in run-index order`
        : 'in-process, run-index order',
    wallTimeSeconds: extra.wallTimeSeconds,
    nodeVersion: process.version,
    command: extra.command ?? null,
    files: extra.files,
    sha256: extra.sha256,
  };
}
