/**
 * Experiment text → validated experiment, with positioned issues: first the file itself (YAML and the
 * experiment schema, by the scenario parser), then its factors against the base scenario: every path
 * must lead to a scenario field, and every value a factor can take (the ends of a range, each listed
 * value) must make a valid scenario on its own. Problems point at the factor's `path`, `range` or
 * value in the experiment file. Pure: the Node loader reads the files.
 */
import type { Lang } from '../kernel/i18n.js';
import type { Document, Node } from 'yaml';
import type { ScenarioIssue } from '../../scenarios/issues.js';
import { loaderMsg } from '../../scenarios/messages.js';
import { type ParseOptions, type ParseResult, parseScenarioText } from '../../scenarios/parse.js';
import type { Scenario } from '../../scenarios/schema.js';
import { designSize } from '../analysis/designs.js';
import { type Factor, type FactorValue, prepareFactors } from '../analysis/factors.js';
import { pathProblem, patchScenario } from './patch.js';
import { type Experiment, ExperimentSchema } from './schema.js';

/** Largest number of runs (design points × replicates) an experiment may ask for. */
export const MAX_EXPERIMENT_RUNS = 10_000_000;

/**
 * Parse and validate experiment text (bytes or a decoded string); never throws for bad input.
 * Messages are in `opts.lang` (default English: an experiment file has no language of its own).
 */
export function parseExperimentText(
  input: Uint8Array | string,
  file: string,
  opts: ParseOptions = {},
): ParseResult<Experiment> {
  return parseScenarioText(input, file, ExperimentSchema, opts);
}

/** 1-based line and column of a UTF-16 offset in `text`. */
function positionAt(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: [...text.slice(start, offset)].length + 1 };
}

/** An issue at the node `path` of the experiment document (or its nearest present parent). */
export function issueAt(
  doc: Document.Parsed,
  text: string,
  file: string,
  path: (string | number)[],
  message: string,
): ScenarioIssue {
  let node: Node | undefined;
  for (let n = path.length; n >= 0 && !node?.range; n--)
    node = doc.getIn(path.slice(0, n), true) as Node | undefined;
  const pos = node?.range ? positionAt(text, node.range[0]) : { line: 1, col: 1 };
  const shown = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  return { file, ...pos, path: shown || '(root)', message };
}

/** The values a factor can take that are checked on their own: a range's ends, or every listed value. */
function candidates(f: Factor): { value: FactorValue; at: (string | number)[] }[] {
  if (f.values) return f.values.map((value, j) => ({ value, at: ['values', j] }));
  const [lo, hi] = f.range!;
  const round = (v: number) => (f.integer ? Math.round(v) : v);
  return [
    { value: round(lo), at: ['range', 0] },
    { value: round(hi), at: ['range', 1] },
  ];
}

/**
 * Check the factors of a parsed experiment against its base scenario. Returns the prepared factors,
 * or every problem found (in `lang`), positioned in the experiment file.
 */
export function checkExperiment(
  parsed: { value: Experiment; doc: Document.Parsed; text: string },
  file: string,
  base: Scenario,
  lang: Lang = 'en',
): { ok: true; factors: Factor[] } | { ok: false; issues: ScenarioIssue[] } {
  const { value: exp, doc, text } = parsed;
  const factors = prepareFactors(exp.factors);
  const issues: ScenarioIssue[] = [];
  factors.forEach((f, i) => {
    const problem = pathProblem(base, f.segments, lang);
    if (problem) {
      issues.push(issueAt(doc, text, file, ['factors', i, 'path'], problem));
      return;
    }
    for (const c of candidates(f)) {
      const patched = patchScenario(base, [f], [c.value], lang);
      if (patched.ok) continue;
      for (const p of patched.problems) {
        const message = loaderMsg(lang, 'exp.invalidValue', {
          value: JSON.stringify(c.value),
          path: f.path,
          problem: loaderMsg(lang, 'exp.problem', { path: p.path, message: p.message }),
        });
        issues.push(issueAt(doc, text, file, ['factors', i, ...c.at], message));
      }
    }
  });
  const runs = designSize(exp.design, factors) * exp.replicates;
  if (runs > MAX_EXPERIMENT_RUNS) {
    issues.push(
      issueAt(
        doc,
        text,
        file,
        ['design'],
        loaderMsg(lang, 'exp.tooManyRuns', { runs, limit: MAX_EXPERIMENT_RUNS }),
      ),
    );
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, factors };
}
