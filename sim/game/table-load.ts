/**
 * Loading a general game file: the schema (`table-schema.ts`), then what it cannot express — names
 * that would clash with the expression language, stage parameters that do not exist, expressions
 * (mathjs restricted as in scenarios: the same parser, whitelist and depth limit; a parameter's name
 * shadows a mathjs function or constant of that name, so `gamma`, `beta`, `lambda`, `e` are ordinary
 * parameters), and payoffs or derived values that are not finite at the base or at some stage. Every
 * problem comes back positioned (file, line, column, field) in English or Chinese. Pure.
 */
import type { Document, ParsedNode } from 'yaml';
import { isScalar } from 'yaml';
import { ALLOWED_FUNCTIONS } from '../../scenarios/expr-check.js';
import type { ExprError } from '../../scenarios/expr-errors.js';
import { isNode, parseRestricted } from '../../scenarios/expr.js';
import { formatPath, type ScenarioIssue, sortIssues } from '../../scenarios/issues.js';
import { renderMessage } from '../../scenarios/messages.js';
import { type ParseResult, parseScenarioText } from '../../scenarios/parse.js';
import { editDistance } from '../../scenarios/suggest.js';
import { lineColIn, type Pos, START } from '../../scenarios/text.js';
import { locate, offsetInScalar } from '../../scenarios/yaml-tree.js';
import type { Lang } from '../kernel/i18n.js';
import { tableDynamics } from './table.js';
import { PROFILES, type Name, type TableGameFile, TableGameSchema } from './table-schema.js';
import { tw } from './table-words.js';

/** Names a parameter may not take: operators and keywords of the parser, the functions, the shares. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  ...ALLOWED_FUNCTIONS,
  'and',
  'or',
  'not',
  'xor',
  'mod',
  'to',
  'in',
  'true',
  'false',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  'end',
  'x',
  'y',
  'z',
]);

/** A compiled expression of the parameters. */
export interface GameExpr {
  source: string;
  /** The value, or what came out instead of a number (a boolean, an error's text) as text. */
  evaluate(scope: Map<string, number>): number | { shown: string };
}

/** Compile `source` allowing the names `names`; an ExprError (with its offset) when refused. */
export function compileGameExpr(source: string, names: readonly string[]): GameExpr | ExprError {
  const root = parseRestricted(source, names);
  if (!isNode(root)) return root;
  const code = root.compile();
  return {
    source,
    evaluate(scope) {
      let v: unknown;
      try {
        v = code.evaluate(scope);
      } catch (err) {
        // e.g. clamp(v, lo, hi) with lo > hi: reported, positioned, as a value that is not a number
        return { shown: err instanceof Error ? err.message : String(err) };
      }
      // A comparison yields a boolean: refused, as in scenarios (write `cond ? a : b`).
      return typeof v === 'number' ? v : { shown: String(v) };
    },
  };
}

/** One parameter set (the base or a stage) evaluated: every value and the numeric payoff table. */
export interface StageValues {
  name: Name;
  /** Parameters and derived values, in file order. */
  values: Map<string, number>;
  /** Payoffs: table[3·i + p] = payoff of player p at profile PROFILES[i]. */
  table: Float64Array;
}

/** A loaded game: the file, its compiled expressions, and the base and every stage evaluated. */
export interface TableGame {
  file: TableGameFile;
  parameterNames: string[];
  derived: [string, GameExpr][];
  payoffs: GameExpr[][];
  /** Index 0: the base; then the file's stages. */
  stages: StageValues[];
}

/** A value that is not finite: where it is (path in the file) and what it was. */
export interface NonFinite {
  path: (string | number)[];
  /** What it evaluated to, as text (Infinity, NaN, true, an error's message). */
  value: string;
}

const toExpr = (v: number | string): string => (typeof v === 'number' ? String(v) : v);

/**
 * Evaluate the game at parameters `params` (every parameter of the file): derived values in order,
 * then the 24 payoffs. A value that is not finite comes back as {@link NonFinite}.
 */
export function evaluateAt(
  game: Pick<TableGame, 'derived' | 'payoffs'>,
  params: ReadonlyMap<string, number>,
): { values: Map<string, number>; table: Float64Array } | NonFinite {
  const scope = new Map(params);
  for (const [name, expr] of game.derived) {
    const v = expr.evaluate(scope);
    if (typeof v !== 'number' || !Number.isFinite(v)) return { path: ['derived', name], value: shown(v) };
    scope.set(name, v);
  }
  const table = new Float64Array(24);
  for (let i = 0; i < 8; i++) {
    for (let p = 0; p < 3; p++) {
      const v = game.payoffs[i][p].evaluate(scope);
      if (typeof v !== 'number' || !Number.isFinite(v))
        return { path: ['payoffs', PROFILES[i], p], value: shown(v) };
      table[3 * i + p] = v;
    }
  }
  return { values: scope, table };
}

const shown = (v: number | { shown: string }): string => (typeof v === 'number' ? String(v) : v.shown);

/** Base parameter values of the file, in order. */
export function baseParameters(file: TableGameFile): Map<string, number> {
  return new Map(Object.entries(file.parameters).map(([k, v]) => [k, typeof v === 'number' ? v : v.value]));
}

/** A problem positioned in the document. */
function issueAt(
  doc: Document.Parsed,
  text: string,
  file: string,
  path: (string | number)[],
  message: string,
  opts: { anchor?: 'key' | 'value'; index?: number } = {},
): ScenarioIssue {
  const { node, key } = locate(doc, path, opts.anchor ?? 'value');
  const target = (key ?? node) as ParsedNode | null;
  let pos: Pos = target?.range ? lineColIn(text, target.range[0]) : START;
  if (opts.index !== undefined && key === null && node && isScalar(node)) {
    pos = offsetInScalar(node, opts.index, text, pos);
  }
  return { file, ...pos, path: formatPath(path), message };
}

function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDist = 3;
  for (const c of candidates) {
    const d = editDistance(name, c);
    if (d < bestDist && d < c.length) [best, bestDist] = [c, d];
  }
  return best;
}

/**
 * Parse, validate and compile general game-file text; every problem comes back positioned (never
 * thrown), in `lang`.
 */
export function parseTableGameText(
  input: Uint8Array | string,
  file: string,
  lang: Lang = 'en',
): ParseResult<TableGame> {
  const parsed = parseScenarioText(input, file, TableGameSchema, { lang });
  if (!parsed.ok) return parsed;
  const { doc, text, value } = parsed;
  const issues: ScenarioIssue[] = [];
  const at = (
    path: (string | number)[],
    message: string,
    opts?: { anchor?: 'key' | 'value'; index?: number },
  ) => issues.push(issueAt(doc, text, file, path, message, opts));
  const exprProblem = (path: (string | number)[], e: ExprError) =>
    at(path, renderMessage(lang, e.detail), { index: e.index });

  const parameterNames = Object.keys(value.parameters);
  const functions = ALLOWED_FUNCTIONS.join(', ');
  for (const name of parameterNames) {
    if (RESERVED_NAMES.has(name))
      at(['parameters', name], tw(lang, 'reservedName', { name, functions }), { anchor: 'key' });
  }
  const known = [...parameterNames];
  const derived: [string, GameExpr][] = [];
  for (const [name, v] of Object.entries(value.derived ?? {})) {
    if (RESERVED_NAMES.has(name))
      at(['derived', name], tw(lang, 'reservedName', { name, functions }), { anchor: 'key' });
    else if (parameterNames.includes(name))
      at(['derived', name], tw(lang, 'duplicateName', { name }), { anchor: 'key' });
    const c = compileGameExpr(toExpr(v), known);
    if ('kind' in c) exprProblem(['derived', name], c);
    else derived.push([name, c]);
    known.push(name);
  }
  const payoffs: GameExpr[][] = PROFILES.map((profile) =>
    value.payoffs[profile].map((v, p) => {
      const c = compileGameExpr(toExpr(v), known);
      if ('kind' in c) {
        exprProblem(['payoffs', profile, p], c);
        return { source: toExpr(v), evaluate: () => ({ shown: 'NaN' }) };
      }
      return c;
    }),
  );
  value.stages.forEach((stage, s) => {
    for (const name of Object.keys(stage.set)) {
      if (parameterNames.includes(name)) continue;
      const near = closest(name, parameterNames);
      const hint = near ? tw(lang, 'didYouMean', { name: near }) : '';
      at(['stages', s, 'set', name], tw(lang, 'unknownStageName', { name, hint }), { anchor: 'key' });
    }
  });
  if (issues.length > 0) return { ok: false, issues: sortIssues(issues) };

  const game = { derived, payoffs };
  const base = baseParameters(value);
  const sets: { name: Name; params: Map<string, number>; where: string }[] = [
    { name: { en: tw('en', 'base'), zh: tw('zh', 'base') }, params: base, where: tw(lang, 'atBase') },
    ...value.stages.map((st, s) => {
      const params = new Map(base);
      for (const [k, v] of Object.entries(st.set)) params.set(k, v);
      return { name: st.name, params, where: tw(lang, 'atStage', { stage: s + 1 }) };
    }),
  ];
  const stages: StageValues[] = [];
  for (const set of sets) {
    const r = evaluateAt(game, set.params);
    if ('path' in r) {
      at(r.path, tw(lang, 'notFinite', { value: r.value, where: set.where }));
      break;
    }
    stages.push({ name: set.name, values: r.values, table: r.table });
    // RK4 is stable for h·|λ| up to about 2.8, and |λ| ≤ K at the corners: keep a margin.
    const K = tableDynamics(r.table).K;
    if (K * value.ode.dt > 1) {
      at(
        ['ode', 'dt'],
        tw(lang, 'dtTooLarge', {
          dt: String(value.ode.dt),
          K: String(K),
          where: set.where,
          max: String(1 / K),
        }),
      );
      break;
    }
  }
  if (issues.length > 0) return { ok: false, issues: sortIssues(issues) };
  return { ok: true, doc, text, value: { file: value, parameterNames, derived, payoffs, stages } };
}
