/**
 * The restricted mathjs instance that parses policy expressions, set up as mathjs' security guide
 * advises (https://mathjs.org/docs/expressions/security.html): only the parser and the functions,
 * operators and constants an expression may use exist in it, and its own copies of `parse`,
 * `evaluate`, `import` and the like are disabled once the one real parser is kept here. Pure.
 */
import {
  absDependencies,
  addDependencies,
  andDependencies,
  ceilDependencies,
  create,
  divideDependencies,
  eDependencies,
  equalDependencies,
  expDependencies,
  floorDependencies,
  largerDependencies,
  largerEqDependencies,
  log10Dependencies,
  logDependencies,
  maxDependencies,
  minDependencies,
  modDependencies,
  multiplyDependencies,
  notDependencies,
  orDependencies,
  parseDependencies,
  piDependencies,
  powDependencies,
  roundDependencies,
  smallerDependencies,
  smallerEqDependencies,
  sqrtDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  unequalDependencies,
  xorDependencies,
} from 'mathjs/number';
import { localized } from './expr-errors.js';

function clamp(x: number, lo: number, hi: number): number {
  if (lo > hi) throw localized('expr.clamp', { lo, hi });
  return Math.min(Math.max(x, lo), hi);
}

/**
 * mathjs' plain-number build with only the parser and the functions, operators and constants an
 * expression may use: nothing else exists in the instance, and the explorer's worker bundle and the
 * CLI's start-up do not pay for the rest of mathjs. Numbers are IEEE doubles as in the engine; a
 * negative base to a fractional power gives NaN (refused at evaluation), as does sqrt of a negative.
 */
const math = create(
  {
    parseDependencies,
    addDependencies,
    subtractDependencies,
    multiplyDependencies,
    divideDependencies,
    modDependencies,
    powDependencies,
    unaryMinusDependencies,
    unaryPlusDependencies,
    smallerDependencies,
    largerDependencies,
    smallerEqDependencies,
    largerEqDependencies,
    equalDependencies,
    unequalDependencies,
    andDependencies,
    orDependencies,
    notDependencies,
    xorDependencies,
    minDependencies,
    maxDependencies,
    absDependencies,
    expDependencies,
    logDependencies,
    log10Dependencies,
    sqrtDependencies,
    floorDependencies,
    ceilDependencies,
    roundDependencies,
    piDependencies,
    eDependencies,
  },
  { predictable: true },
);
math.import({ clamp });
// Keep the one real parser privately; the instance's own copies are then disabled (mathjs security guide).
export const parse = math.parse;
const disabled = (name: string) => () => {
  throw localized('expr.disabled', { name });
};
math.import(
  Object.fromEntries(
    [
      'import',
      'createUnit',
      'reviver',
      'replacer',
      'evaluate',
      'parse',
      'compile',
      'simplify',
      'simplifyConstant',
      'simplifyCore',
      'derivative',
      'resolve',
      'rationalize',
      'leafCount',
      'symbolicEqual',
      'chain',
      'help',
      'parser',
      'Parser',
      'unit',
    ].map((name) => [name, disabled(name)]),
  ),
  { override: true },
);
