/**
 * Applying factor values to a scenario: each value is written at its factor's dotted path in a copy of
 * the validated base scenario, and the copy is validated again by the scenario schema, so a value
 * outside a field's bounds, of the wrong type, or breaking a cross-field rule (min ≤ max) is reported
 * in the words of the scenario loader.
 */
import type { Lang } from '../kernel/i18n.js';
import { explainZodIssues } from '../../scenarios/explain.js';
import { formatPath } from '../../scenarios/issues.js';
import { loaderMsg } from '../../scenarios/messages.js';
import { type Scenario, ScenarioSchema } from '../../scenarios/schema.js';
import { didYouMean } from '../../scenarios/suggest.js';
import { type Factor, type FactorValue, reservedSegment } from '../analysis/factors.js';

/** A problem with a patched scenario: the scenario field and what is wrong with it. */
export interface PatchProblem {
  path: string;
  message: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Why `segments` cannot be set in `scenario` (in `lang`), or undefined when it can: no segment may be
 * a reserved JavaScript name (`__proto__`, `constructor`, `prototype`); every segment but the last
 * must be an own field of its group (inherited properties do not count); the last may be an absent
 * optional field (the schema then judges it), but not a group of fields or a list.
 */
export function pathProblem(
  scenario: unknown,
  segments: readonly (string | number)[],
  lang: Lang = 'en',
): string | undefined {
  const reserved = reservedSegment(segments);
  if (reserved !== undefined) return loaderMsg(lang, 'patch.reserved', { name: reserved });
  let node: unknown = scenario;
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s];
    const here = formatPath(segments.slice(0, s));
    const last = s === segments.length - 1;
    if (typeof seg === 'number') {
      if (!Array.isArray(node)) return loaderMsg(lang, 'patch.notList', { here, index: seg });
      if (seg >= node.length)
        return loaderMsg(lang, 'patch.pastEnd', { here, count: node.length, index: seg });
      node = node[seg];
    } else {
      if (!isRecord(node)) return loaderMsg(lang, 'patch.notGroup', { here, name: seg });
      if (!Object.hasOwn(node, seg)) {
        if (last) return undefined;
        const hint = didYouMean(seg, Object.keys(node));
        return loaderMsg(lang, 'patch.noField', {
          name: seg,
          here,
          hint: hint ? loaderMsg(lang, 'hint.didYouMean', { name: `"${hint}"` }) : '',
        });
      }
      node = node[seg];
    }
  }
  const path = formatPath(segments);
  if (Array.isArray(node)) return loaderMsg(lang, 'patch.isList', { path });
  if (isRecord(node)) {
    const keys = Object.keys(node);
    return loaderMsg(lang, 'patch.isGroup', { path, keys, first: keys[0] });
  }
  return undefined;
}

/**
 * Write `value` at `segments` in `target` (which must have every parent, as own fields: see
 * {@link pathProblem}). The last field is defined as an own data property, so even a name the
 * checks missed could never reach a prototype.
 */
function setAt(target: unknown, segments: readonly (string | number)[], value: FactorValue): void {
  let node = target as Record<string | number, unknown>;
  for (let s = 0; s < segments.length - 1; s++) node = node[segments[s]] as Record<string | number, unknown>;
  Object.defineProperty(node, segments[segments.length - 1], {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

/**
 * The scenario with the factors set to `values`, validated; or the problems the scenario schema
 * found, in `lang`.
 */
export function patchScenario(
  base: Scenario,
  factors: readonly Factor[],
  values: readonly FactorValue[],
  lang: Lang = 'en',
): { ok: true; scenario: Scenario } | { ok: false; problems: PatchProblem[] } {
  const copy = structuredClone(base) as unknown;
  for (let i = 0; i < factors.length; i++) {
    const problem = pathProblem(copy, factors[i].segments, lang);
    if (problem) return { ok: false, problems: [{ path: factors[i].path, message: problem }] };
    setAt(copy, factors[i].segments, values[i]);
  }
  const result = ScenarioSchema.safeParse(copy, { reportInput: true });
  if (result.success) return { ok: true, scenario: result.data };
  return {
    ok: false,
    problems: explainZodIssues(result.error.issues, ScenarioSchema, copy, lang).map((e) => ({
      path: formatPath(e.path),
      message: e.message,
    })),
  };
}

/** "subsidy = 20000, ppp = true". */
export function describeValues(factors: readonly Factor[], values: readonly FactorValue[]): string {
  return factors.map((f, i) => `${f.name} = ${JSON.stringify(values[i])}`).join(', ');
}

/**
 * `patch` merged into `base` key by key, recursively (arrays and plain values replace). Only own keys
 * are read, and every key is defined as an own data property, so a patch key such as `__proto__`
 * never reaches a prototype.
 */
export function deepMerge(base: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> = { ...((base as Record<string, unknown>) ?? {}) };
  for (const [k, v] of Object.entries(patch as Record<string, unknown>)) {
    const merged = deepMerge(Object.hasOwn(out, k) ? out[k] : undefined, v);
    Object.defineProperty(out, k, { value: merged, writable: true, enumerable: true, configurable: true });
  }
  return out;
}
