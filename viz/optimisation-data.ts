/**
 * An optimisation's outputs read back for its report, pure: manifest.json (levers, objectives,
 * constraints, settings), evaluations.csv (every evaluation of every candidate), pareto.csv (the final
 * non-dominated feasible candidates) and convergence.csv (one row per generation) in — the contract
 * of sim/outputs/optimisation.ts — {@link OptimisationData} out. A bad file throws ReportInputError
 * naming the file, line and column.
 */
import { type TidyCsv, numberField, parseTidyCsv } from '../sim/outputs/csv.js';
import { ReportInputError } from '../sim/outputs/errors.js';
import { arr, numOrNull, parseJsonObject, rec, recOrNull, str } from '../sim/outputs/json.js';
import {
  CONSTRAINT_OK_SUFFIX,
  CONVERGENCE_COLUMNS,
  evaluationsColumns,
  type OptimisationConstraintJson,
  type OptimisationFactorJson,
  type OptimisationManifestJson,
  type OptimisationObjectiveJson,
} from '../sim/outputs/optimisation.js';
import type {
  OptCandidate,
  OptConstraint,
  OptGeneration,
  OptimisationData,
  OptLever,
  OptObjective,
} from './optimisation-types.js';
import type { Bilingual } from './types.js';

/** The texts of an optimisation's output files. */
export interface OptimisationTexts {
  manifest: string;
  evaluations: string;
  pareto: string;
  convergence: string;
}

const LEVER_TYPES = new Set(['real', 'integer', 'boolean', 'categorical']);

/** A required string field of the manifest. */
function need(v: unknown, what: string): string {
  const s = str(v);
  if (s === null || s === '') throw new ReportInputError(`manifest.json: ${what} is missing or not text`);
  return s;
}

function leverOf(v: unknown, i: number): OptLever {
  const o = rec<OptimisationFactorJson>(v);
  const type = need(o['type'], `levers[${i}].type`);
  if (!LEVER_TYPES.has(type))
    throw new ReportInputError(`manifest.json: levers[${i}].type "${type}" is not a lever type`);
  const range = arr(o['range']);
  return {
    name: need(o['name'], `levers[${i}].name`),
    path: str(o['path']) ?? '',
    type: type as OptLever['type'],
    min: numOrNull(range[0]),
    max: numOrNull(range[1]),
    values: arr(o['values']).map((x) => String(x)),
  };
}

function direction(v: unknown, what: string): 'min' | 'max' {
  if (v !== 'min' && v !== 'max') throw new ReportInputError(`manifest.json: ${what} must be "min" or "max"`);
  return v;
}

function objectiveOf(v: unknown, i: number): OptObjective {
  const o = rec<OptimisationObjectiveJson>(v);
  const unit = need(o['unit'], `objectives[${i}].unit`);
  const sense = direction(o['direction'], `objectives[${i}].direction`);
  return {
    name: need(o['name'], `objectives[${i}].name`),
    indicator: need(o['indicator'], `objectives[${i}].indicator`),
    unit,
    sense:
      o['valueDirection'] === undefined
        ? sense
        : direction(o['valueDirection'], `objectives[${i}].valueDirection`),
    valueUnit: str(o['valueUnit']) ?? unit,
    aggregate: str(o['aggregate']) ?? 'mean',
    robustness: str(o['robustness']) ?? 'mean',
  };
}

function constraintOf(v: unknown, i: number): OptConstraint {
  const o = rec<OptimisationConstraintJson>(v);
  const op = o['op'];
  if (op !== '>=' && op !== '<=')
    throw new ReportInputError(`manifest.json: constraints[${i}].op must be ">=" or "<="`);
  const bound = numOrNull(o['bound']);
  if (bound === null) throw new ReportInputError(`manifest.json: constraints[${i}].bound is not a number`);
  return {
    name: need(o['name'], `constraints[${i}].name`),
    indicator: need(o['indicator'], `constraints[${i}].indicator`),
    unit: need(o['unit'], `constraints[${i}].unit`),
    op,
    bound,
    aggregate: str(o['aggregate']) ?? 'mean',
  };
}

/** A `true`/`false` cell. */
function boolField(s: string, where: string): boolean {
  if (s === 'true') return true;
  if (s === 'false') return false;
  throw new ReportInputError(`${where}: "${s}" is not true or false`);
}

/** The columns the readers need, by name. */
interface Columns {
  levers: readonly OptLever[];
  objectives: readonly OptObjective[];
  constraints: readonly OptConstraint[];
}

/**
 * Every row of evaluations.csv or pareto.csv as a candidate (file named in errors), in file order;
 * `front` false and `generation` the row's own.
 */
function rowsOf(csv: TidyCsv, file: string, cols: Columns): OptCandidate[] {
  const c = (name: string) => csv.col.get(name)!;
  return csv.rows.map((row, r) => {
    const at = (name: string) => `${file}:${r + 2} ${name}`;
    const n = (name: string) => numberField(row[c(name)], at(name));
    const bool = (name: string) => boolField(row[c(name)], at(name));
    const id = n('candidate');
    const generation = n('generation');
    if (!Number.isInteger(id) || !Number.isInteger(generation))
      throw new ReportInputError(`${file}:${r + 2}: candidate and generation must be whole numbers`);
    const rank = n('rank');
    return {
      id,
      generation,
      levers: cols.levers.map((l) => row[c(l.name)]),
      objectives: cols.objectives.map((o) => ({
        value: n(o.name),
        mean: n(`${o.name}.mean`),
        lo: n(`${o.name}.ciLow`),
        hi: n(`${o.name}.ciHigh`),
        n: n('runs'),
      })),
      constraints: cols.constraints.map((x) => n(x.name)),
      constraintsOk: cols.constraints.map((x) => bool(`${x.name}${CONSTRAINT_OK_SUFFIX}`)),
      feasible: bool('feasible'),
      rank: Number.isFinite(rank) ? rank : null,
      front: false,
      runs: n('runs'),
    };
  });
}

/**
 * Every candidate at its latest evaluation (rows are in generation order), the generation it was
 * first evaluated in kept; the front's candidates as pareto.csv gives them (their values at the end).
 */
function candidatesOf(evaluations: TidyCsv, pareto: TidyCsv, cols: Columns): OptCandidate[] {
  const byId = new Map<number, OptCandidate>();
  for (const c of rowsOf(evaluations, 'evaluations.csv', cols)) {
    const first = byId.get(c.id)?.generation ?? c.generation;
    byId.set(c.id, { ...c, generation: Math.min(first, c.generation) });
  }
  rowsOf(pareto, 'pareto.csv', cols).forEach((c, r) => {
    const known = byId.get(c.id);
    if (!known)
      throw new ReportInputError(`pareto.csv:${r + 2}: candidate ${c.id} is not in evaluations.csv`);
    byId.set(c.id, { ...c, generation: known.generation, front: true });
  });
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

/** Parse an optimisation's outputs. */
export function parseOptimisation(files: OptimisationTexts): OptimisationData {
  const m = parseJsonObject<OptimisationManifestJson>(files.manifest, 'manifest.json');
  if (m['kind'] !== 'optimisation')
    throw new ReportInputError(
      'manifest.json: kind is not "optimisation" (not the folder of cogov optimize)',
    );
  const levers = arr(m['levers']).map(leverOf);
  const objectives = arr(m['objectives']).map(objectiveOf);
  const constraints = arr(m['constraints']).map(constraintOf);
  if (levers.length === 0) throw new ReportInputError('manifest.json: no levers');
  if (objectives.length === 0) throw new ReportInputError('manifest.json: no objectives');
  const columns = evaluationsColumns(
    levers.map((l) => l.name),
    objectives.map((o) => o.name),
    constraints.map((x) => x.name),
  );
  const candidates = candidatesOf(
    parseTidyCsv(files.evaluations, 'evaluations.csv', columns),
    parseTidyCsv(files.pareto, 'pareto.csv', columns),
    { levers, objectives, constraints },
  );
  const conv = parseTidyCsv(files.convergence, 'convergence.csv', CONVERGENCE_COLUMNS);
  const convergence: OptGeneration[] = conv.rows.map((row, r) => {
    const n = (name: string) => numberField(row[conv.col.get(name)!], `convergence.csv:${r + 2} ${name}`);
    return {
      generation: n('generation'),
      evaluations: n('runs'),
      hypervolume: n('hypervolume'),
      frontSize: n('front'),
      feasibleShare: n('feasibleShare'),
    };
  });
  const algorithm = rec<OptimisationManifestJson['algorithm']>(m['algorithm']);
  const totals = rec<OptimisationManifestJson['totals']>(m['totals']);
  const cal = recOrNull<{ start: string; end: string; keyYear: number }>(m['calendar']);
  const start = cal ? str(cal['start']) : null;
  const end = cal ? str(cal['end']) : null;
  const keyYear = cal ? numOrNull(cal['keyYear']) : null;
  const states = numOrNull(m['states']);
  return {
    experimentFile: str(m['experimentFile']),
    name: bilingualOf(m['name']),
    description: bilingualOf(m['description']),
    scenarioName: bilingualOf(m['scenarioName']),
    scenarioFile: str(m['scenarioFile']),
    calendar: start !== null && end !== null && keyYear !== null ? { start, end, keyYear } : null,
    seed: numOrNull(m['seed']),
    population: numOrNull(algorithm['population']),
    generations: numOrNull(totals['generations']) ?? numOrNull(algorithm['generations']),
    replicates: numOrNull(algorithm['replicates']),
    maxReplicates: numOrNull(algorithm['maxReplicates']),
    epsilon: epsilonOf(algorithm['epsilon'], objectives.length),
    runs: numOrNull(totals['runs']),
    states: states !== null && states > 0 ? states : null,
    uncertainties: arr(m['uncertainties']).flatMap((u) => {
      const name = str(rec<OptimisationFactorJson>(u)['name']);
      return name === null ? [] : [name];
    }),
    version: str(m['cogovVersion']),
    command: str(m['command']),
    levers,
    objectives,
    constraints,
    candidates,
    convergence,
  };
}

/** The ε of each objective (null when absent; a list of the wrong length or with non-numbers is refused). */
function epsilonOf(v: unknown, objectives: number): number[] | null {
  if (v === undefined || v === null) return null;
  const eps = arr(v).map((x) => numOrNull(x));
  if (eps.length !== objectives || eps.some((x) => x === null || x <= 0))
    throw new ReportInputError(
      `manifest.json: algorithm.epsilon must hold one positive number per objective`,
    );
  return eps as number[];
}

/** A text in both languages, when `v` is one. */
function bilingualOf(v: unknown): Bilingual | null {
  const o = recOrNull<Bilingual>(v);
  const en = o ? str(o['en']) : null;
  const zh = o ? str(o['zh']) : null;
  return en !== null && zh !== null ? { en, zh } : null;
}
