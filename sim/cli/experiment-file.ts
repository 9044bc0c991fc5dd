/**
 * Loading an experiment file from disk: the file parsed and validated against the experiment schema,
 * its base scenario (relative to the experiment file) loaded, its factors checked against the
 * scenario, and every design point checked to make a valid scenario. Every problem is thrown at once
 * as a {@link ScenarioError} (`FILE:LINE:COL: path: message`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ScenarioError } from '../../scenarios/issues.js';
import { type LoadedScenario, loadScenarioFile } from '../../scenarios/load.js';
import { MAX_SCENARIO_BYTES, sizeLimitMessage } from '../../scenarios/parse.js';
import { checkExperiment, issueAt, parseExperimentText } from '../experiments/parse.js';
import { type ExperimentPlan, invalidPoints, planExperiment } from '../experiments/plan.js';
import type { Experiment } from '../experiments/schema.js';

/** A validated experiment, its base scenario and its plan. */
export interface LoadedExperiment {
  file: string;
  experiment: Experiment;
  /** SHA-256 of the experiment file's bytes. */
  sha256: string;
  base: LoadedScenario;
  plan: ExperimentPlan;
}

/** Read, validate and plan an experiment file. Throws {@link ScenarioError} for any problem. */
export function loadExperimentFile(file: string): LoadedExperiment {
  const fileIssue = (message: string) =>
    new ScenarioError([{ file, line: 1, col: 1, path: '(file)', message }]);
  let bytes: Uint8Array;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw fileIssue('is not a regular file; expected an experiment YAML file');
    if (stat.size > MAX_SCENARIO_BYTES) throw fileIssue(sizeLimitMessage(stat.size, MAX_SCENARIO_BYTES));
    bytes = new Uint8Array(readFileSync(file));
  } catch (err) {
    if (err instanceof ScenarioError) throw err;
    const code = (err as { code?: unknown }).code;
    throw fileIssue(code === 'ENOENT' ? 'file not found' : `file cannot be read: ${String(err)}`);
  }
  const parsed = parseExperimentText(bytes, file);
  if (!parsed.ok) throw new ScenarioError(parsed.issues);
  const experiment = parsed.value;

  const scenarioFile = resolve(dirname(file), experiment.scenario);
  if (!existsSync(scenarioFile)) {
    const issue = issueAt(
      parsed.doc,
      parsed.text,
      file,
      ['scenario'],
      `base scenario ${scenarioFile} not found (the path is relative to the experiment file)`,
    );
    throw new ScenarioError([issue]);
  }
  const base = loadScenarioFile(scenarioFile);
  const checked = checkExperiment(parsed, file, base.scenario);
  if (!checked.ok) throw new ScenarioError(checked.issues);
  const plan = planExperiment(experiment, checked.factors);
  const invalid = invalidPoints(plan, base.scenario);
  if (invalid.length > 0) {
    const issues = invalid.map((p) =>
      issueAt(
        parsed.doc,
        parsed.text,
        file,
        ['factors'],
        `design point ${p.point} (${p.values}) makes an invalid scenario: ${p.problems.map((q) => `${q.path}: ${q.message}`).join('; ')}`,
      ),
    );
    throw new ScenarioError(issues);
  }
  return {
    file,
    experiment,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    base,
    plan,
  };
}
