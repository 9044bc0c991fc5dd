/**
 * Factors of an experiment: a dotted path into the scenario and the values it may take (a numeric
 * range or a list). Designs work in the unit hypercube; {@link factorValue} maps a unit coordinate to
 * a factor's value: linearly over a range (rounded for integer fields), or onto a list by equal-width
 * bins. Paths look like `government.householdSubsidy.rmbPerHousehold` or
 * `residents.elevatorCostSharing.coefficients[3]`.
 */

/** A value a factor gives its scenario field. */
export type FactorValue = number | boolean | string;

/** A factor as the experiment file states it (after validation). */
export interface FactorSpec {
  path: string;
  name?: string;
  range?: [number, number];
  values?: FactorValue[];
  integer: boolean;
}

/** A factor ready for designs: its column name and parsed path. */
export interface Factor {
  name: string;
  path: string;
  segments: (string | number)[];
  range?: [number, number];
  values?: FactorValue[];
  integer: boolean;
}

const SEGMENT = /^([A-Za-z_$][A-Za-z0-9_$]*)((?:\[\d{1,6}\])*)$/;

/** `a.b[2].c` → ['a', 'b', 2, 'c']; undefined when the text is not such a path. */
export function parsePath(path: string): (string | number)[] | undefined {
  const out: (string | number)[] = [];
  for (const part of path.split('.')) {
    const m = SEGMENT.exec(part);
    if (!m) return undefined;
    out.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) out.push(Number(idx[1]));
  }
  return out;
}

/**
 * Names a factor path may never use: they reach the JavaScript object machinery (an object's
 * prototype, its constructor) rather than a scenario field, so a path through them could write to
 * every object of the process (prototype pollution). No scenario field has these names.
 */
export const RESERVED_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The first reserved name ({@link RESERVED_SEGMENTS}) among a path's segments, if any. */
export function reservedSegment(segments: readonly (string | number)[]): string | undefined {
  for (const s of segments) if (typeof s === 'string' && RESERVED_SEGMENTS.has(s)) return s;
  return undefined;
}

/** Pattern of a factor path, for the experiment schema. */
export const PATH_PATTERN =
  /^[A-Za-z_$][A-Za-z0-9_$]*(\[\d{1,6}\])*(\.[A-Za-z_$][A-Za-z0-9_$]*(\[\d{1,6}\])*)*$/;

/** The factors of an experiment with names (default: the path) and parsed paths. */
export function prepareFactors(specs: readonly FactorSpec[]): Factor[] {
  return specs.map((s) => {
    const segments = parsePath(s.path);
    if (!segments) throw new Error(`not a factor path: "${s.path}"`);
    return {
      name: s.name ?? s.path,
      path: s.path,
      segments,
      range: s.range,
      values: s.values,
      integer: s.integer,
    };
  });
}

/** The values a factor takes on a grid with `levels` evenly spaced points per range (ends included). */
export function gridLevels(f: Factor, levels: number): FactorValue[] {
  if (f.values) return f.values;
  const [lo, hi] = f.range!;
  if (levels === 1) return [roundIf(f, (lo + hi) / 2)];
  const out: FactorValue[] = [];
  for (let i = 0; i < levels; i++)
    out.push(roundIf(f, i === levels - 1 ? hi : lo + ((hi - lo) * i) / (levels - 1)));
  return out;
}

/** The factor's value at unit coordinate u in [0, 1]. */
export function factorValue(f: Factor, u: number): FactorValue {
  if (f.values) {
    const k = f.values.length;
    return f.values[Math.min(k - 1, Math.max(0, Math.floor(u * k)))];
  }
  const [lo, hi] = f.range!;
  return roundIf(f, Math.min(hi, Math.max(lo, lo + u * (hi - lo))));
}

function roundIf(f: Factor, v: number): number {
  return f.integer ? Math.round(v) : v;
}
