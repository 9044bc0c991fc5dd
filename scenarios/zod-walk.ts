/**
 * Walking a zod 4 schema: the one module that reads zod's internal definitions (`_zod.def`, which
 * zod does not document as public API). It is duck-typed on `_zod.def.type`, so any zod 4 schema
 * works and a zod upgrade that moves these fields breaks here and nowhere else.
 *
 * Used by the loader's messages (`explain.ts`: known keys for "did you mean", both bounds of a
 * number, its unit) and by the parameter tables (`params-schema.ts`: leaves, defaults, descriptions).
 * Pure; imports nothing at run time.
 */
import type { z } from 'zod';

/** The subset of zod 4's internal definition of a schema that the walkers read. */
export interface SchemaDef<S = unknown> {
  type: string;
  innerType?: S;
  in?: S;
  out?: S;
  options?: S[];
  left?: S;
  right?: S;
  getter?: () => S;
  shape?: Record<string, S>;
  catchall?: S;
  element?: S;
  items?: S[];
  rest?: S;
  valueType?: S;
  checks?: unknown[];
  format?: unknown;
  values?: unknown[];
  defaultValue?: unknown;
}

interface CheckDef {
  check?: string;
  value?: unknown;
  inclusive?: boolean;
  format?: unknown;
}

/** Schemas that wrap one inner schema (`innerType`) without changing what the value looks like. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional']);
const MAX_SCHEMA_DEPTH = 64;

/** The definition of a zod 4 schema, or undefined for anything else. */
export function defOf<S = unknown>(schema: unknown): SchemaDef<S> | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  const def = (schema as { _zod?: { def?: unknown } })._zod?.def;
  return typeof def === 'object' && def !== null && typeof (def as SchemaDef).type === 'string'
    ? (def as SchemaDef<S>)
    : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// --- one schema: its wrappers ---------------------------------------------------------------------

/** A schema with its wrappers removed, and what the wrappers said. */
export interface Unwrapped {
  core: z.ZodType;
  description: string;
  optional: boolean;
  /** The schema's own default (outermost `.default()` or `.prefault()`), if any. */
  ownDefault: { value: unknown } | null;
}

/** Removes default, prefault, optional and similar wrappers (and a pipe's output side, keeping its input). */
export function unwrap(schema: z.ZodType): Unwrapped {
  let s = schema;
  let description = '';
  let optional = false;
  let ownDefault: { value: unknown } | null = null;
  for (;;) {
    if (!description && s.description) description = s.description;
    const d = defOf<z.ZodType>(s);
    if (d?.type === 'optional') optional = true;
    if ((d?.type === 'default' || d?.type === 'prefault') && ownDefault === null) {
      ownDefault = { value: d.defaultValue };
    }
    if (d && WRAPPERS.has(d.type) && d.innerType) s = d.innerType;
    else if (d?.type === 'pipe' && d.in) s = d.in;
    else break;
  }
  return { core: s, description, optional, ownDefault };
}

/** The concrete schemas a schema may stand for, once wrappers, pipes, unions and lazies are opened. */
function leaves(schema: unknown, depth = 0): unknown[] {
  const def = defOf(schema);
  if (!def || depth > MAX_SCHEMA_DEPTH) return schema === undefined ? [] : [schema];
  if (WRAPPERS.has(def.type)) return leaves(def.innerType, depth + 1);
  switch (def.type) {
    case 'pipe':
      return [...leaves(def.in, depth + 1), ...leaves(def.out, depth + 1)];
    case 'union':
      return (def.options ?? []).flatMap((o) => leaves(o, depth + 1));
    case 'intersection':
      return [...leaves(def.left, depth + 1), ...leaves(def.right, depth + 1)];
    case 'lazy':
      return def.getter ? leaves(def.getter(), depth + 1) : [];
    default:
      return [schema];
  }
}

// --- a path into a schema ---------------------------------------------------------------------------

function child(schema: unknown, seg: PropertyKey): unknown {
  const def = defOf(schema);
  if (!def) return undefined;
  switch (def.type) {
    case 'object':
      return typeof seg === 'string' ? (def.shape?.[seg] ?? def.catchall) : undefined;
    case 'array':
      return typeof seg === 'number' ? def.element : undefined;
    case 'tuple':
      return typeof seg === 'number' ? (def.items?.[seg] ?? def.rest) : undefined;
    case 'record':
    case 'map':
      return def.valueType;
    default:
      return undefined;
  }
}

/** The schemas (before opening wrappers) that describe the value at `path`. */
function rawAt(schema: unknown, path: readonly PropertyKey[]): unknown[] {
  if (schema === undefined) return [];
  let current: unknown[] = [schema];
  for (const seg of path) {
    current = current
      .flatMap((s) => leaves(s))
      .flatMap((s) => {
        const c = child(s, seg);
        return c === undefined ? [] : [c];
      });
    if (current.length === 0) break;
  }
  return current;
}

/** The concrete schemas (wrappers opened) that describe the value at `path`. */
function schemasAt(schema: unknown, path: readonly PropertyKey[]): unknown[] {
  return rawAt(schema, path).flatMap((s) => leaves(s));
}

/**
 * Keys of the object schema(s) at `path`, in declaration order; empty when unknown. With `value`,
 * union members whose literal tags (e.g. `type: flood`) contradict it are left out.
 */
export function knownKeys(schema: unknown, path: readonly PropertyKey[], value?: unknown): string[] {
  const objects = schemasAt(schema, path)
    .map((s) => defOf(s))
    .filter((d): d is SchemaDef & { shape: Record<string, unknown> } => d?.type === 'object' && !!d.shape);
  const matching = objects.filter((d) => tagsAgree(d.shape, value));
  const keys: string[] = [];
  for (const d of matching.length > 0 ? matching : objects) {
    for (const k of Object.keys(d.shape)) if (!keys.includes(k)) keys.push(k);
  }
  return keys;
}

function tagsAgree(shape: Record<string, unknown>, value: unknown): boolean {
  if (!isRecord(value)) return true;
  return Object.entries(shape).every(([k, field]) => {
    const def = defOf(field);
    return def?.type !== 'literal' || !Object.hasOwn(value, k) || (def.values ?? []).includes(value[k]);
  });
}

/** Keys the object schema at `path` requires (neither optional nor defaulted). */
export function requiredKeys(schema: unknown, path: readonly PropertyKey[]): string[] {
  const keys: string[] = [];
  for (const s of schemasAt(schema, path)) {
    const def = defOf(s);
    if (def?.type !== 'object' || !def.shape) continue;
    for (const [k, v] of Object.entries(def.shape)) {
      const optin = (v as { _zod?: { optin?: unknown } })._zod?.optin;
      if (optin === undefined && !keys.includes(k)) keys.push(k);
    }
  }
  return keys;
}

/** The first description found on the schema at `path` or on the wrappers around it. */
export function descriptionAt(schema: unknown, path: readonly PropertyKey[]): string | undefined {
  for (let s of rawAt(schema, path)) {
    for (let depth = 0; depth < MAX_SCHEMA_DEPTH && s !== undefined; depth++) {
      const description = (s as { description?: unknown }).description;
      if (typeof description === 'string' && description !== '') return description;
      const def = defOf(s);
      s = def && WRAPPERS.has(def.type) ? def.innerType : undefined;
    }
  }
  return undefined;
}

/** One end of a number's range: its value and whether the value itself is allowed. */
export interface Bound {
  value: number;
  inclusive: boolean;
}

/** What the number schema at `path` allows: its tightest bounds and whether it must be whole. */
export interface NumberChecks {
  lo?: Bound;
  hi?: Bound;
  whole: boolean;
}

/** The bounds of the (first) number schema at `path`, read from its checks; undefined when there is none. */
export function numberChecksAt(schema: unknown, path: readonly PropertyKey[]): NumberChecks | undefined {
  const leaf = schemasAt(schema, path).find((s) => defOf(s)?.type === 'number');
  if (leaf === undefined) return undefined;
  const def = defOf(leaf)!;
  let lo: Bound | undefined;
  let hi: Bound | undefined;
  let whole = typeof def.format === 'string' && /int/.test(def.format);
  for (const check of def.checks ?? []) {
    const c = (check as { _zod?: { def?: CheckDef } } | undefined)?._zod?.def;
    if (!c) continue;
    if (c.check === 'number_format' && /int/.test(String(c.format))) whole = true;
    if (c.check === 'greater_than' && typeof c.value === 'number') {
      if (!lo || c.value > lo.value || (c.value === lo.value && !c.inclusive))
        lo = { value: c.value, inclusive: !!c.inclusive };
    }
    if (c.check === 'less_than' && typeof c.value === 'number') {
      if (!hi || c.value < hi.value || (c.value === hi.value && !c.inclusive))
        hi = { value: c.value, inclusive: !!c.inclusive };
    }
  }
  return { lo, hi, whole };
}
