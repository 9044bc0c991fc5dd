/**
 * mathjs' syntax errors restated as message keys, so they can be rendered in Chinese.
 *
 * Why regular expressions over English text: mathjs' parser (15.2, `lib/esm/expression/parse.js`,
 * `createSyntaxError`) throws a plain `SyntaxError` whose only structured field is `char` (the
 * 1-based position); what went wrong exists only as the sentence of the message ("Value expected
 * (char 5)"), with no code or class per kind. A syntax error also leaves no parse tree to inspect, and
 * re-implementing the tokenizer to find the reason ourselves would be a second parser to keep in step.
 * So the sentences are matched here, and only here; English output keeps the parser's own words
 * (`original`), and a sentence no pattern knows still gets a message with its position. A mathjs
 * upgrade that rewords a sentence shows up in test/scenarios/expr.test.ts and messages.test.ts.
 */
import { type ExprError, type ExprKey, fail } from './expr-errors.js';
import type { Var } from './messages/render.js';

/** mathjs syntax errors ("Value expected (char 5)"), known by their text: the parser gives them no code. */
const PARSE_ERRORS: readonly { pattern: RegExp; key: ExprKey; names: readonly string[] }[] = [
  {
    pattern: /^Unexpected end of expression \(char (\d+)\)$/,
    key: 'expr.parse.unexpectedEnd',
    names: ['char'],
  },
  { pattern: /^Value expected \(char (\d+)\)$/, key: 'expr.parse.valueExpected', names: ['char'] },
  {
    pattern: /^Parenthesis ([)\]]) expected \(char (\d+)\)$/,
    key: 'expr.parse.closeExpected',
    names: ['close', 'char'],
  },
  { pattern: /^End of matrix \] expected \(char (\d+)\)$/, key: 'expr.parse.matrixEnd', names: ['char'] },
  {
    pattern: /^Unexpected operator (.+) \(char (\d+)\)$/,
    key: 'expr.parse.unexpectedOperator',
    names: ['op', 'char'],
  },
  {
    pattern: /^Unexpected part "(.*)" \(char (\d+)\)$/,
    key: 'expr.parse.unexpectedPart',
    names: ['part', 'char'],
  },
  {
    pattern: /^Syntax error in part "(.*)" \(char (\d+)\)$/,
    key: 'expr.parse.syntaxInPart',
    names: ['part', 'char'],
  },
  {
    pattern: /^End of string (.) expected \(char (\d+)\)$/,
    key: 'expr.parse.stringEnd',
    names: ['quote', 'char'],
  },
  {
    pattern: /^Digit expected, got "(.*)" \(char (\d+)\)$/,
    key: 'expr.parse.digitExpected',
    names: ['got', 'char'],
  },
  {
    pattern: /^False part of conditional expression expected \(char (\d+)\)$/,
    key: 'expr.parse.falsePart',
    names: ['char'],
  },
  {
    pattern: /^The true-expression of a conditional operator may not be empty \(char (\d+)\)$/,
    key: 'expr.parse.emptyTruePart',
    names: ['char'],
  },
];

/** The message key of a mathjs syntax error; its English stays the parser's own words. */
function parseErrorDetail(message: string): { key: ExprKey; vars: Record<string, Var> } {
  for (const { pattern, key, names } of PARSE_ERRORS) {
    const m = pattern.exec(message);
    if (m) return { key, vars: Object.fromEntries(names.map((name, i) => [name, m[i + 1]])) };
  }
  const char = / \(char (\d+)\)$/.exec(message);
  return char
    ? { key: 'expr.parse.other', vars: { char: char[1] } }
    : { key: 'expr.parse.unknown', vars: {} };
}

/** The refusal of `source` for an error thrown by mathjs' parser, pointing at the parser's position. */
export function syntaxError(err: unknown, source: string): ExprError {
  const message = err instanceof Error ? err.message : String(err);
  const char = (err as { char?: unknown }).char;
  const index = typeof char === 'number' ? Math.min(Math.max(char - 1, 0), source.length) : 0;
  const { key, vars } = parseErrorDetail(message);
  return fail(key, vars, index, message);
}
