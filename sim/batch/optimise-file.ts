/**
 * Loading an optimisation file from disk: parsed and validated against the optimisation schema
 * (positioned errors, as experiment files), its base scenario (relative to the file) loaded, every
 * lever and uncertainty path checked against the scenario, and the values they can take (a range's
 * ends, each listed value) checked to make a valid scenario on their own; column names checked
 * against cogov's own columns; the budget checked to cover the initial population. Every problem is
 * thrown at once as a {@link ScenarioError} (`FILE:LINE:COL: path: message`).
 */
import type { Lang } from '../kernel/i18n.js';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Document } from 'yaml';
import { ScenarioError, type ScenarioIssue } from '../../scenarios/issues.js';
import { type LoadedScenario, loadScenarioFile } from '../../scenarios/load.js';
import { loaderMsg } from '../../scenarios/messages.js';
import { parseScenarioText } from '../../scenarios/parse.js';
import type { Scenario } from '../../scenarios/schema.js';
import type { Factor, FactorValue } from '../analysis/factors.js';
import { KEY_INDICATORS } from '../model/metrics.js';
import {
  type OptimisationPlan,
  initialRuns,
  maxRuns,
  planOptimisation,
} from '../experiments/optimisation-plan.js';
import { type Optimisation, OptimisationSchema } from '../experiments/optimisation-schema.js';
import { issueAt, MAX_EXPERIMENT_RUNS } from '../experiments/parse.js';
import { readExperimentBytes } from './experiment-file.js';
import { pathProblem, patchScenario } from '../experiments/patch.js';
import {
  CONVERGENCE_COLUMNS,
  EVALUATION_COUNT_COLUMNS,
  EVALUATION_FIXED_COLUMNS,
  EVALUATION_TAIL_COLUMNS,
  RUNS_FIXED_COLUMNS,
} from '../outputs/optimisation.js';

/** A validated optimisation file, its base scenario and its plan. */
export interface LoadedOptimisation {
  file: string;
  optimisation: Optimisation;
  sha256: string;
  base: LoadedScenario;
  plan: OptimisationPlan;
}

/** cogov's own column names, which no lever, uncertainty, objective or constraint may take. */
const OWN_COLUMNS = new Set<string>([
  ...RUNS_FIXED_COLUMNS,
  ...EVALUATION_FIXED_COLUMNS,
  ...EVALUATION_COUNT_COLUMNS,
  ...EVALUATION_TAIL_COLUMNS,
  ...CONVERGENCE_COLUMNS,
]);
const INDICATOR_COLUMNS = new Set<string>(KEY_INDICATORS.map((k) => k.name));

/** Read, validate and plan an optimisation file. Throws {@link ScenarioError} for any problem. */
export function loadOptimisationFile(file: string, opts: { lang?: Lang } = {}): LoadedOptimisation {
  const lang = opts.lang ?? 'en';
  const bytes = readExperimentBytes(file, lang);
  const parsed = parseScenarioText(bytes, file, OptimisationSchema, { lang });
  if (!parsed.ok) throw new ScenarioError(parsed.issues);
  const optimisation = parsed.value;
  const scenarioFile = resolve(dirname(file), optimisation.scenario);
  if (!existsSync(scenarioFile)) {
    throw new ScenarioError([
      issueAt(
        parsed.doc,
        parsed.text,
        file,
        ['scenario'],
        loaderMsg(lang, 'exp.baseNotFound', { file: scenarioFile }),
      ),
    ]);
  }
  const base = loadScenarioFile(scenarioFile, { lang: opts.lang });
  const plan = planOptimisation(optimisation);
  const issues = checkPlan(plan, optimisation, base.scenario, parsed.doc, parsed.text, file, lang);
  if (issues.length > 0) throw new ScenarioError(issues);
  return { file, optimisation, sha256: createHash('sha256').update(bytes).digest('hex'), base, plan };
}

/** The values of a factor checked on their own: a range's ends, or every listed value. */
function ends(f: Factor): { value: FactorValue; at: (string | number)[] }[] {
  if (
    f.values &&
    f.range === undefined &&
    f.values.length === 2 &&
    f.values[0] === false &&
    f.values[1] === true
  )
    return [false, true].map((value) => ({ value, at: ['path'] }));
  if (f.values) return f.values.map((value, j) => ({ value, at: ['values', j] }));
  const round = (v: number) => (f.integer ? Math.round(v) : v);
  return [
    { value: round(f.range![0]), at: ['range', 0] },
    { value: round(f.range![1]), at: ['range', 1] },
  ];
}

/**
 * A fractional value inside a real range, checked once the ends pass: a real lever (or uncertainty)
 * on a whole-number field would otherwise fail only mid-search.
 */
function inside(f: Factor): FactorValue | undefined {
  if (f.values || f.integer) return undefined;
  const [lo, hi] = f.range!;
  return lo + (hi - lo) * 0.371;
}

function checkPlan(
  plan: OptimisationPlan,
  o: Optimisation,
  base: Scenario,
  doc: Document.Parsed,
  text: string,
  file: string,
  lang: Lang,
): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const at = (path: (string | number)[], message: string) =>
    issues.push(issueAt(doc, text, file, path, message));
  const checkFactor = (f: Factor, where: (string | number)[], own: boolean, lever: boolean) => {
    const before = issues.length;
    const named = own ? 'name' : 'path';
    if (OWN_COLUMNS.has(f.name) || INDICATOR_COLUMNS.has(f.name))
      at([...where, named], loaderMsg(lang, 'opt.repeatedName', { name: f.name, first: 'cogov' }));
    const problem = pathProblem(base, f.segments, lang);
    if (problem) {
      at([...where, 'path'], problem);
      return;
    }
    const mid = inside(f);
    const values = ends(f);
    for (const c of [
      ...values,
      ...(mid === undefined ? [] : [{ value: mid, at: lever ? ['type'] : ['range'] }]),
    ]) {
      if (c.value === mid && issues.length > before) break;
      const patched = patchScenario(base, [f], [c.value], lang);
      if (patched.ok) continue;
      for (const p of patched.problems)
        at(
          [...where, ...c.at],
          loaderMsg(lang, 'opt.leverInvalid', {
            value: JSON.stringify(c.value),
            path: f.path,
            problem: loaderMsg(lang, 'exp.problem', { path: p.path, message: p.message }),
          }),
        );
    }
  };
  for (const [i, l] of plan.levers.entries())
    checkFactor(l, ['levers', i], o.levers[i].name !== undefined, true);
  for (const [i, f] of plan.uncertainties.entries())
    checkFactor(f, ['uncertainties', 'factors', i], o.uncertainties?.factors[i].name !== undefined, false);
  plan.objectives.forEach((b, i) => {
    if (OWN_COLUMNS.has(b.name))
      at(
        ['objectives', i, o.objectives[i].name ? 'name' : 'indicator'],
        loaderMsg(lang, 'opt.repeatedName', { name: b.name, first: 'cogov' }),
      );
  });
  plan.constraints.forEach((c, i) => {
    if (OWN_COLUMNS.has(c.name))
      at(
        ['constraints', i, o.constraints[i].name ? 'name' : 'indicator'],
        loaderMsg(lang, 'opt.repeatedName', { name: c.name, first: 'cogov' }),
      );
  });
  const first = initialRuns(plan);
  if (plan.algorithm.budget !== null && plan.algorithm.budget < first)
    at(
      ['algorithm', 'budget'],
      loaderMsg(lang, 'opt.budgetSmall', { budget: plan.algorithm.budget, runs: first }),
    );
  const most = maxRuns(plan);
  if (most > MAX_EXPERIMENT_RUNS)
    at(['algorithm'], loaderMsg(lang, 'opt.tooManyRuns', { runs: most, limit: MAX_EXPERIMENT_RUNS }));
  return issues;
}
