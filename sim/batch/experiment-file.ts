/**
 * Loading an experiment file from disk: the file parsed and validated against the experiment schema,
 * its base scenario (relative to the experiment file) loaded, its factors checked against the
 * scenario, and every design point checked to make a valid scenario. Every problem is thrown at once
 * as a {@link ScenarioError} (`FILE:LINE:COL: path: message`).
 */
import type { Lang } from '../kernel/i18n.js';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ScenarioError } from '../../scenarios/issues.js';
import { type LoadedScenario, loadScenarioFile } from '../../scenarios/load.js';
import { joinList, loaderMsg } from '../../scenarios/messages.js';
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

/** Options of {@link loadExperimentFile}. */
export interface ExperimentLoadOptions {
  /**
   * Language of the messages. When not given: English for the experiment file (it has no language of
   * its own), and the base scenario's own `language` for problems in the base scenario.
   */
  lang?: Lang;
}

/**
 * The bytes of an experiment or optimisation file; a {@link ScenarioError} at line 1 when it is
 * missing, not a regular file, unreadable or over the size limit.
 */
export function readExperimentBytes(file: string, lang: Lang): Uint8Array {
  const fileIssue = (message: string) =>
    new ScenarioError([{ file, line: 1, col: 1, path: '(file)', message }]);
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw fileIssue(loaderMsg(lang, 'file.notRegularExperiment'));
    if (stat.size > MAX_SCENARIO_BYTES)
      throw fileIssue(sizeLimitMessage(stat.size, MAX_SCENARIO_BYTES, lang));
    return new Uint8Array(readFileSync(file));
  } catch (err) {
    if (err instanceof ScenarioError) throw err;
    const code = (err as { code?: unknown }).code;
    throw fileIssue(
      code === 'ENOENT'
        ? loaderMsg(lang, 'file.notFound')
        : loaderMsg(lang, 'file.unreadable', { detail: String(err) }),
    );
  }
}

/** Read, validate and plan an experiment file. Throws {@link ScenarioError} for any problem. */
export function loadExperimentFile(file: string, opts: ExperimentLoadOptions = {}): LoadedExperiment {
  const lang = opts.lang ?? 'en';
  const bytes = readExperimentBytes(file, lang);
  const parsed = parseExperimentText(bytes, file, { lang });
  if (!parsed.ok) throw new ScenarioError(parsed.issues);
  const experiment = parsed.value;

  const scenarioFile = resolve(dirname(file), experiment.scenario);
  if (!existsSync(scenarioFile)) {
    const issue = issueAt(
      parsed.doc,
      parsed.text,
      file,
      ['scenario'],
      loaderMsg(lang, 'exp.baseNotFound', { file: scenarioFile }),
    );
    throw new ScenarioError([issue]);
  }
  const base = loadScenarioFile(scenarioFile, { lang: opts.lang });
  const checked = checkExperiment(parsed, file, base.scenario, lang);
  if (!checked.ok) throw new ScenarioError(checked.issues);
  const plan = planExperiment(experiment, checked.factors);
  const invalid = invalidPoints(plan, base.scenario, undefined, lang);
  if (invalid.length > 0) {
    const issues = invalid.map((p) => {
      const problems = p.problems.map((q) =>
        loaderMsg(lang, 'exp.problem', { path: q.path, message: q.message }),
      );
      const message = loaderMsg(lang, 'exp.invalidPoint', {
        point: p.point,
        values: p.values,
        problems: joinList(lang, problems, 'sep.semicolon'),
      });
      return issueAt(parsed.doc, parsed.text, file, ['factors'], message);
    });
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
