/**
 * The condition of `cogov discover --where`: which cases (runs, or design points) are "of interest",
 * written over the indicator columns of a sweep or optimisation, e.g.
 * `fireComplianceAtDeadline < 1` or `householdsRenovatedByKeyYear < 0.8 * 4477`. It is parsed by the
 * restricted mathjs compiler of policy expressions (scenarios/expr.ts: no assignment, import or
 * evaluation; only the indicator names, numbers, arithmetic, comparisons and and/or/not), so a
 * command line cannot run code. Pure.
 */
import type { MathNode } from 'mathjs';
import { isNode, parseRestricted } from '../../scenarios/expr.js';
import type { ExprError } from '../../scenarios/expr-errors.js';

/** A compiled condition: 1 = of interest, 0 = not, NaN = undefined (an indicator it reads is empty). */
export interface WhereCondition {
  source: string;
  /** The indicator names it reads, in order of first use. */
  names: string[];
  /** Evaluate on one case's indicator values (by name); throws WhereValueError when not true/false. */
  evaluate(values: ReadonlyMap<string, number>): number;
}

/** The condition gave a number or something else where true/false was needed. */
export class WhereValueError extends Error {
  constructor(readonly shown: string) {
    super(`the condition gave ${shown}, not true or false`);
    this.name = 'WhereValueError';
  }
}

function symbolsOf(root: MathNode, allowed: readonly string[]): string[] {
  const seen: string[] = [];
  root.traverse((node) => {
    const name = (node as { isSymbolNode?: boolean; name?: string }).isSymbolNode
      ? (node as unknown as { name: string }).name
      : null;
    if (name !== null && allowed.includes(name) && !seen.includes(name)) seen.push(name);
  });
  return seen;
}

/** Compile `source` over the column names `names`; an ExprError (with its offset) when refused. */
export function compileWhere(source: string, names: readonly string[]): WhereCondition | ExprError {
  const root = parseRestricted(source, names);
  if (!isNode(root)) return root;
  const used = symbolsOf(root, names);
  const code = root.compile();
  return {
    source,
    names: used,
    evaluate(values) {
      const scope = new Map<string, number>();
      for (const name of used) {
        const v = values.get(name) ?? Number.NaN;
        if (!Number.isFinite(v)) return Number.NaN;
        scope.set(name, v);
      }
      let result: unknown;
      try {
        result = code.evaluate(scope);
      } catch (err) {
        // e.g. clamp(v, lo, hi) with lo > hi: said as what came out instead of true/false
        throw new WhereValueError(err instanceof Error ? err.message : String(err));
      }
      if (typeof result === 'boolean') return result ? 1 : 0;
      throw new WhereValueError(String(result));
    },
  };
}
