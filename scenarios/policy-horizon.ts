/**
 * Policy expressions evaluated over the whole horizon at load time. The schema can check an
 * expression's syntax, but `1/0`, `sqrt(-1)` or `10^1e300` parse fine and stop every run at its first
 * month; an expression can also leave its field's bounds only in some later year. So every policy
 * expression is evaluated here as the engine evaluates it (`refreshPolicies` in
 * sim/world/policies.ts: each month t = 0 … end of the calendar, with its year and month 1..12) and
 * checked against the same bounds (policy-bounds.ts). The first failing month of each field becomes a
 * scenario issue at that field. A few thousand evaluations at most: done once, at load. Pure.
 */
import { monthsBetween, tickDate, tickLabel } from '../sim/kernel/calendar.js';
import { compileExpression } from './expr.js';
import { isMessage, type Message } from './messages/render.js';
import { POLICY_BOUNDS, type PolicyPath } from './policy-bounds.js';

/** Why a policy expression would stop every run: the field's path and the message. */
export type HorizonProblem = { path: string[]; message: Message };

type Calendar = { start: string; end: string };

/** The first month each policy expression of `scenario` fails or leaves its bounds, per field. */
export function policyHorizonProblems(scenario: unknown, calendar: Calendar): HorizonProblem[] {
  const { start, end } = calendar;
  const months = monthsBetween(start, end) + 1;
  const problems: HorizonProblem[] = [];
  for (const [path, { min, max }] of Object.entries(POLICY_BOUNDS) as [
    PolicyPath,
    { min: number; max: number },
  ][]) {
    const keys = path.split('.');
    const value = valueAt(scenario, keys);
    if (typeof value !== 'string') continue;
    const compiled = compileExpression(value);
    if (compiled.kind === 'error') continue; // reported by the field's own check
    for (let t = 0; t < months; t++) {
      const { year, month } = tickDate(start, t);
      const at = tickLabel(start, t);
      const common = { at, t, min, max, start, end };
      let result: number;
      try {
        result = compiled.evaluate({ year, month, t });
      } catch (err) {
        const carried = (err as { loaderMessage?: unknown } | null)?.loaderMessage;
        const detail = isMessage(carried) ? carried : err instanceof Error ? err.message : String(err);
        problems.push({ path: keys, message: { key: 'expr.horizon.failed', vars: { ...common, detail } } });
        break;
      }
      if (!(result >= min && result <= max)) {
        const vars = { ...common, source: value, result };
        problems.push({ path: keys, message: { key: 'expr.horizon.outOfRange', vars } });
        break;
      }
    }
  }
  return problems;
}

/** The value at `keys` in a plain object, or undefined (own keys only). */
function valueAt(root: unknown, keys: readonly string[]): unknown {
  let v: unknown = root;
  for (const key of keys) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}
