/**
 * The leaf parameters of the scenario schema, read from the zod schema itself (wrappers such as
 * default, prefault and optional are opened by `zod-walk.ts`; bounds come from `z.toJSONSchema` of
 * each leaf; meanings from `.describe()` texts). Used by scenarios/params-doc.ts to
 * generate docs/MODEL.md's parameter tables and by the tests that keep scenarios/sources.ts complete.
 *
 * Paths are dotted; `[]` marks the elements of an array of objects and `*` the values of a record
 * (e.g. `city.communities[].households`, `renovation.items.*.costRmbPerHousehold`). An array of
 * numbers or strings is one leaf. Defaults are those a scenario gets when it omits the field (read
 * from a parsed minimal scenario); under `[]` and `*` they are the element schema's own defaults.
 */
import { z } from 'zod';
import { ScenarioSchema } from './schema.js';
import { yearMonth } from './schema/parts.js';
import { defOf, unwrap } from './zod-walk.js';

/** One leaf parameter of the scenario schema. */
export interface ParameterLeaf {
  /** Dotted path, `[]` for array elements and `*` for record values. */
  path: string;
  /** Top-level key of the scenario it belongs to. */
  section: string;
  /** Unit and meaning, from the schema's descriptions (bounds suffix removed). */
  meaning: string;
  /** Default, formatted for the table ("required" or "unset" when there is none). */
  defaultText: string;
  /** Bounds or allowed values, formatted for the table. */
  boundsText: string;
}

/** A description without its trailing "[lo..hi]" (and the policy-expression note after it). */
function stripBounds(text: string): string {
  return text.replace(/\s*\[[^\]]*\.\.[^\]]*\](;.*)?$/, '').trim();
}

/** Format a number for a table: thousands separators, large powers as 1e12. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Number.isInteger(x) && Math.abs(x) >= 1e9) {
    const e = x.toExponential();
    if (/^-?\de\+\d+$/.test(e)) return e.replace('e+', 'e');
  }
  if (Number.isInteger(x) && Math.abs(x) >= 10_000) {
    const sign = x < 0 ? '-' : '';
    return sign + String(Math.abs(x)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  }
  return String(x);
}

/** Format a default value for a table (numbers grouped, arrays inline, objects counted). */
export function formatValue(v: unknown): string {
  if (v === undefined) return 'unset';
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'string') return v === '' ? '""' : v;
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    if (v.every((x) => typeof x !== 'object')) return `[${v.map(formatValue).join(', ')}]`;
    return `${v.length} item${v.length === 1 ? '' : 's'}`;
  }
  return JSON.stringify(v);
}

const YEAR_MONTH_PATTERN = (z.toJSONSchema(yearMonth) as { pattern?: string }).pattern;

interface JsonLeaf {
  type?: string | string[];
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonLeaf;
  anyOf?: JsonLeaf[];
}

function numberBounds(j: JsonLeaf): string {
  const int = j.type === 'integer' ? 'integer ' : '';
  if (j.minimum !== undefined && j.maximum !== undefined) {
    return `${int}${formatNumber(j.minimum)}..${formatNumber(j.maximum)}`;
  }
  if (j.minimum !== undefined) return `${int}≥ ${formatNumber(j.minimum)}`;
  if (j.maximum !== undefined) return `${int}≤ ${formatNumber(j.maximum)}`;
  return int ? 'integer' : 'number';
}

function itemsCount(j: JsonLeaf): string {
  const lo = j.minItems ?? 0;
  const hi = j.maxItems;
  if (hi === undefined) return `≥ ${lo}`;
  return lo === hi ? `${lo}` : `${lo}–${hi}`;
}

function boundsOf(core: z.ZodType, description: string): string {
  const j = z.toJSONSchema(core, { io: 'input', unrepresentable: 'any' }) as JsonLeaf;
  if (j.anyOf || Array.isArray(j.type)) {
    // A policy value: a bounded number or an expression, range-checked when evaluated.
    const m = description.match(/\[([^\]]*)\.\.([^\]]*)\];/);
    const range = m ? `${formatNumber(Number(m[1]))}..${formatNumber(Number(m[2]))}` : 'number';
    return `${range}, or an expression of year, month, t`;
  }
  if (j.enum) return j.enum.map((x) => `\`${String(x)}\``).join(' / ');
  if (j.type === 'boolean') return 'true / false';
  if (j.type === 'number' || j.type === 'integer') return numberBounds(j);
  if (j.type === 'string') {
    if (j.pattern !== undefined && j.pattern === YEAR_MONTH_PATTERN) return 'YYYY-MM';
    return `text, ${j.minLength ?? 0}–${j.maxLength ?? '∞'} characters`;
  }
  if (j.type === 'array' && j.items) {
    const el = j.items;
    const what =
      el.type === 'string'
        ? `labels of ${el.minLength ?? 0}–${el.maxLength ?? '∞'} characters`
        : numberBounds(el);
    return `${itemsCount(j)} × ${what}`;
  }
  return '';
}

/** Read a value at a dotted path of a parsed scenario (undefined across `[]` and `*`). */
function valueAt(root: unknown, path: string): unknown {
  let v: unknown = root;
  for (const key of path.split('.')) {
    if (key.endsWith('[]') || key === '*' || v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

const COMPOUND_KEYS = [
  ['max', 'min'],
  ['mean', 'sd'],
];

function isCompound(shape: Record<string, z.ZodType>): boolean {
  const keys = Object.keys(shape).sort().join(',');
  return COMPOUND_KEYS.some((k) => k.join(',') === keys);
}

/** The parsed default scenario (only the required texts given). */
export function defaultScenario(): unknown {
  const text = { en: 'x', zh: 'x' };
  return ScenarioSchema.parse({ name: text, description: text });
}

/** Where the walker is: the leaf's context. */
interface WalkContext {
  path: string;
  /** Description of a compound parent (range, normal) to prefix to the leaf's own. */
  parentMeaning: string;
  /** Under `[]` or `*`: defaults come from the element schema, not the parsed scenario. */
  inCollection: boolean;
  /** Some enclosing schema has a default or prefault (so the parsed scenario holds a value). */
  defaulted: boolean;
}

function walk(schema: z.ZodType, ctx: WalkContext, defaults: unknown, out: ParameterLeaf[]): void {
  const u = unwrap(schema);
  const d = defOf<z.ZodType>(u.core);
  const { path } = ctx;
  const defaulted = ctx.defaulted || u.ownDefault !== null;
  if (d?.type === 'object' && d.shape) {
    const parentMeaning = isCompound(d.shape) ? stripBounds(u.description) : '';
    for (const [key, child] of Object.entries(d.shape)) {
      const next = { ...ctx, path: path ? `${path}.${key}` : key, parentMeaning, defaulted };
      walk(child, next, defaults, out);
    }
    return;
  }
  if (d?.type === 'record' && d.valueType) {
    const next = { path: `${path}.*`, parentMeaning: '', inCollection: true, defaulted: false };
    walk(d.valueType, next, defaults, out);
    return;
  }
  if (d?.type === 'array' && d.element && defOf(unwrap(d.element).core)?.type === 'object') {
    const next = { path: `${path}[]`, parentMeaning: '', inCollection: true, defaulted: false };
    walk(d.element, next, defaults, out);
    return;
  }
  const own = stripBounds(u.description);
  const meaning = ctx.parentMeaning ? `${ctx.parentMeaning}: ${own}` : own;
  let defaultText: string;
  if (ctx.inCollection)
    defaultText = u.ownDefault ? formatValue(u.ownDefault.value) : u.optional ? 'unset' : 'required';
  else if (!defaulted) defaultText = u.optional ? 'unset' : 'required';
  else {
    const v = valueAt(defaults, path);
    defaultText = v === undefined ? 'unset' : formatValue(v);
  }
  out.push({
    path,
    section: path.split(/[.[]/)[0],
    meaning,
    defaultText,
    boundsText: boundsOf(u.core, u.description),
  });
}

let cached: ParameterLeaf[] | null = null;

/** Every leaf parameter of the scenario schema, in schema order. */
export function parameterLeaves(): readonly ParameterLeaf[] {
  if (cached === null) {
    const out: ParameterLeaf[] = [];
    const root = { path: '', parentMeaning: '', inCollection: false, defaulted: false };
    walk(ScenarioSchema, root, defaultScenario(), out);
    cached = out;
  }
  return cached;
}

/** Every leaf parameter path of the scenario schema, in schema order. */
export function parameterPaths(): string[] {
  return parameterLeaves().map((p) => p.path);
}
