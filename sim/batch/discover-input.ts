/**
 * Reading the folder `cogov discover` analyses: a sweep's (manifest.json + points.csv: run, point,
 * replicate, seed, the factors, the key indicators) or an optimisation's (manifest.json with kind
 * "optimisation" + runs.csv: run, generation, candidate, state, replicate, seed, the factors — levers then
 * uncertainties — then the indicators). The factors are named by the manifest's `factors[].name`
 * for both kinds; the indicators are the remaining columns. Every problem is a
 * {@link DiscoverInputError} naming the file (and line), for exit 2.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DiscoveryInput } from '../analysis/prim-box.js';
import type { DiscoveryCases } from '../experiments/discover.js';
import { type CliKey, CliMessageError } from '../messages/catalog.js';
import { parseCsv } from '../outputs/csv.js';
import type { DiscoverySourceKind } from '../outputs/discovery.js';
import { arr, numOrNull, parseJsonObject, rec, recOrNull, str } from '../outputs/json.js';
import { outputKind } from '../../viz/io/experiment-report.js';

/** A folder `cogov discover` cannot read, with the message key to say why. */
export class DiscoverInputError extends CliMessageError {
  constructor(key: CliKey, vars: Record<string, string | number>) {
    super(key, vars);
    this.name = 'DiscoverInputError';
  }
}

/** A source folder read for discovery. */
export interface DiscoverySource {
  dir: string;
  kind: DiscoverySourceKind;
  files: { file: string; sha256: string }[];
  cases: DiscoveryCases;
  /** Indicator column names, in file order. */
  indicators: string[];
  name: { en: string; zh: string } | null;
  calendar: { start: string; end: string; keyYear: number } | null;
  seed: number | null;
}

/** Per kind: the data file, its required bookkeeping columns, others that are not indicators, the group key. */
const FIXED: Record<
  DiscoverySourceKind,
  { file: string; columns: string[]; other: string[]; group: string[] }
> = {
  sweep: { file: 'points.csv', columns: ['run', 'point', 'replicate', 'seed'], other: [], group: ['point'] },
  optimisation: {
    file: 'runs.csv',
    columns: ['run', 'candidate', 'state', 'replicate', 'seed'],
    other: ['generation'],
    group: ['candidate', 'state'],
  },
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function readText(path: string): string {
  if (!existsSync(path)) throw new DiscoverInputError('discoverMissingFile', { file: path });
  return readFileSync(path, 'utf8');
}

function bilingual(v: unknown): { en: string; zh: string } | null {
  const o = recOrNull<{ en: string; zh: string }>(v);
  const en = o ? str(o['en']) : null;
  const zh = o ? str(o['zh']) : null;
  return en !== null && zh !== null ? { en, zh } : null;
}

/** The kind of a source folder from its manifest and files; throws when it is neither kind. */
function kindOf(dir: string, manifest: Record<string, unknown> | null): DiscoverySourceKind {
  if (manifest !== null && manifest['kind'] === 'optimisation') return 'optimisation';
  if (manifest !== null && manifest['kind'] === undefined && existsSync(join(dir, 'points.csv')))
    return 'sweep';
  const kind = typeof manifest?.['kind'] === 'string' ? (manifest['kind'] as string) : outputKind(dir);
  if (kind === null) throw new DiscoverInputError('discoverWrongKind', { dir });
  throw new DiscoverInputError('discoverWrongKindFound', { dir, kind });
}

/** Read `dir` (a sweep's or optimisation's output folder) into cases. */
export function readDiscoverySource(dir: string): DiscoverySource {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new DiscoverInputError('discoverNoFolder', { dir });
  const manifestPath = join(dir, 'manifest.json');
  let manifest: Record<string, unknown> | null = null;
  let manifestText: string | null = null;
  if (existsSync(manifestPath)) {
    manifestText = readFileSync(manifestPath, 'utf8');
    try {
      manifest = parseJsonObject(manifestText, manifestPath) as Record<string, unknown>;
    } catch (err) {
      throw new DiscoverInputError('discoverBadFile', {
        file: manifestPath,
        problem: (err as Error).message,
      });
    }
  }
  const kind = kindOf(dir, manifest);
  const m = manifest as Record<string, unknown>;
  const fixed = FIXED[kind];
  const dataPath = join(dir, fixed.file);
  const text = readText(dataPath);
  const bad = (problem: string) => new DiscoverInputError('discoverBadFile', { file: dataPath, problem });
  const factors = arr(m['factors'])
    .map((f) => str(rec<{ name: string }>(f)['name']))
    .filter((s): s is string => s !== null);
  if (factors.length === 0) throw new DiscoverInputError('discoverNoFactors', { file: manifestPath });
  let records: string[][];
  try {
    records = parseCsv(text).filter((r) => !(r.length === 1 && r[0] === ''));
  } catch (err) {
    throw bad((err as Error).message);
  }
  const header = records.shift() ?? [];
  const col = new Map(header.map((h, i) => [h.trim(), i]));
  const missing = [...fixed.columns, ...factors].filter((c) => !col.has(c));
  if (missing.length > 0) throw bad(`missing column(s) ${missing.join(', ')}`);
  records.forEach((r, i) => {
    if (r.length !== header.length) throw bad(`line ${i + 2}: ${r.length} fields, expected ${header.length}`);
  });
  const taken = new Set([...fixed.columns, ...fixed.other, ...factors]);
  const indicators = header.map((h) => h.trim()).filter((h) => !taken.has(h));
  const inputs = factors.map((name): DiscoveryInput => {
    const j = col.get(name)!;
    const cells = records.map((r) => r[j]);
    cells.forEach((c, i) => {
      if (c === '') throw bad(`line ${i + 2}: factor ${name} is empty`);
    });
    const numeric = cells.every((c) => c.trim() !== '' && Number.isFinite(Number(c)));
    return numeric
      ? { name, kind: 'numeric', values: Float64Array.from(cells, Number) }
      : { name, kind: 'categorical', values: cells };
  });
  const columns = new Map<string, Float64Array>();
  for (const name of indicators) {
    const j = col.get(name)!;
    columns.set(
      name,
      Float64Array.from(records, (r, i) => {
        const c = r[j];
        if (c === '') return Number.NaN;
        const v = Number(c);
        if (c.trim() === '' || !Number.isFinite(v))
          throw bad(`line ${i + 2}: ${name} is "${c.slice(0, 40)}", not a number`);
        return v;
      }),
    );
  }
  const groups = records.map((r) => fixed.group.map((g) => r[col.get(g)!]).join('/'));
  const cal = recOrNull<{ start: string; end: string; keyYear: number }>(m['calendar']);
  const start = cal ? str(cal['start']) : null;
  const end = cal ? str(cal['end']) : null;
  const keyYear = cal ? numOrNull(cal['keyYear']) : null;
  return {
    dir,
    kind,
    files: [
      { file: 'manifest.json', sha256: sha256(manifestText ?? '') },
      { file: fixed.file, sha256: sha256(text) },
    ],
    cases: { inputs, indicators: columns, groups },
    indicators,
    name: bilingual(m['name']),
    calendar: start !== null && end !== null && keyYear !== null ? { start, end, keyYear } : null,
    seed: numOrNull(m['seed']),
  };
}
