/**
 * The parameters that differ between resolved scenarios (every default filled in), as leaf paths:
 * objects are walked key by key (`government.householdSubsidy.enabled`), arrays of objects index by
 * index (`city.communities[3].households`); numbers, strings, booleans, null and arrays of those are
 * leaves. A path present in some scenarios only is listed with `null` where it is absent. The
 * scenarios' own texts (`name`, `description`, `language`) and `ensemble` (runs and seed, which a
 * comparison sets once for every scenario) are not parameters of the model and are skipped. Pure.
 */

/** Top-level keys that are not model parameters in a comparison. */
export const NOT_COMPARED: readonly string[] = ['name', 'description', 'language', 'ensemble'];

/** One parameter that differs: its path and its value in each scenario (`null` where absent). */
export interface ParameterDifference {
  path: string;
  values: unknown[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isObjectArray = (v: unknown): v is unknown[] => Array.isArray(v) && v.some((x) => isObject(x));

/** Keys of the objects among `vs`, in first-seen order. */
function unionKeys(vs: readonly unknown[]): string[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const v of vs) {
    if (!isObject(v)) continue;
    for (const k of Object.keys(v)) {
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
    }
  }
  return keys;
}

function walk(vs: readonly unknown[], path: string, out: ParameterDifference[]): void {
  const present = vs.filter((v) => v !== undefined);
  if (present.length > 0 && present.every(isObject)) {
    for (const k of unionKeys(vs)) {
      walk(
        vs.map((v) => (isObject(v) ? v[k] : undefined)),
        path === '' ? k : `${path}.${k}`,
        out,
      );
    }
    return;
  }
  if (present.length > 0 && present.every(isObjectArray)) {
    const n = Math.max(...present.map((v) => (v as unknown[]).length));
    for (let i = 0; i < n; i++)
      walk(
        vs.map((v) => (Array.isArray(v) ? v[i] : undefined)),
        `${path}[${i}]`,
        out,
      );
    return;
  }
  const texts = vs.map((v) => (v === undefined ? undefined : JSON.stringify(v)));
  if (texts.some((x) => x !== texts[0]))
    out.push({ path, values: vs.map((v) => (v === undefined ? null : v)) });
}

/**
 * Every leaf parameter whose value is not the same in all `scenarios` (resolved scenarios, the
 * baseline first), in the baseline's key order; the keys of {@link NOT_COMPARED} are skipped.
 */
export function parameterDifferences(scenarios: readonly unknown[]): ParameterDifference[] {
  const out: ParameterDifference[] = [];
  for (const k of unionKeys(scenarios)) {
    if (NOT_COMPARED.includes(k)) continue;
    walk(
      scenarios.map((s) => (isObject(s) ? s[k] : undefined)),
      k,
      out,
    );
  }
  return out;
}
