/**
 * A sweep's outputs read back for its report, pure: points.csv (one row per run: design point,
 * replicate, seed, factor values, key indicators) and manifest.json (the experiment's name, question,
 * indicators and design, the base scenario's name and calendar) in, {@link SweepData} out.
 */
import { KEY_INDICATORS } from '../sim/model/metrics.js';
import { numberField, parseTidyCsv } from '../sim/outputs/csv.js';
import { ReportInputError } from '../sim/outputs/errors.js';
import { type ExperimentManifestJson, POINTS_FIXED_COLUMNS } from '../sim/outputs/experiments.js';
import { arr, numOrNull, parseJsonObject, rec, recOrNull, str, strings } from '../sim/outputs/json.js';
import type { Bilingual } from './types.js';

/** A factor of the experiment. */
export interface SweepFactor {
  name: string;
  /** Path into the scenario, when the manifest gives it. */
  path: string | null;
}

/** Everything the sweep report shows. */
export interface SweepData {
  experimentFile: string | null;
  /** The experiment's name and question (manifests of older versions lack them: null). */
  name: Bilingual | null;
  description: Bilingual | null;
  /** The base scenario's name and calendar (null when the manifest lacks them). */
  scenarioName: Bilingual | null;
  calendar: { start: string; end: string; keyYear: number } | null;
  scenarioFile: string | null;
  design: string | null;
  designPoints: number | null;
  replicates: number | null;
  runs: number | null;
  seed: number | null;
  version: string | null;
  command: string | null;
  factors: SweepFactor[];
  /**
   * The key indicators the experiment lists (in its order, those points.csv has), with their units;
   * every key indicator of points.csv, in file order, when the manifest lists none.
   */
  indicators: { name: string; unit: string }[];
  /** Per run: its design point, the factor values as written, and the indicators (NaN where empty). */
  rows: { run: number; point: number; values: string[]; indicators: number[] }[];
}

/** The texts of a sweep's output files. */
export interface SweepTexts {
  points: string;
  manifest?: string;
}

const UNITS = new Map(KEY_INDICATORS.map((k) => [k.name as string, k.unit as string]));

/** Parse a sweep's outputs; the factors are the columns between `seed` and the key indicators. */
export function parseSweep(files: SweepTexts): SweepData {
  const m =
    files.manifest === undefined
      ? {}
      : parseJsonObject<ExperimentManifestJson>(files.manifest, 'manifest.json');
  const p = parseTidyCsv(files.points, 'points.csv', POINTS_FIXED_COLUMNS);
  const header = [...p.col.keys()];
  const listed = strings(m['indicators']).filter((name) => UNITS.has(name) && p.col.has(name));
  const indicators = (listed.length > 0 ? listed : header.filter((h) => UNITS.has(h))).map((name) => ({
    name,
    unit: UNITS.get(name)!,
  }));
  const fixed: readonly string[] = POINTS_FIXED_COLUMNS;
  const factorNames = header.filter((h) => !fixed.includes(h) && !UNITS.has(h));
  if (factorNames.length === 0) throw new ReportInputError('points.csv: no factor columns');
  const paths = new Map<string, string>();
  const design = m['design'];
  const designObject = recOrNull<{ type: string }>(design);
  for (const f of arr(m['factors'])) {
    const o = rec<ExperimentManifestJson['factors'][number]>(f);
    const name = str(o['name']);
    const path = str(o['path']);
    if (name !== null && path !== null) paths.set(name, path);
  }
  const rows = p.rows.map((row, r) => ({
    run: numberField(row[p.col.get('run')!], `points.csv:${r + 2} run`),
    point: numberField(row[p.col.get('point')!], `points.csv:${r + 2} point`),
    values: factorNames.map((f) => row[p.col.get(f)!]),
    indicators: indicators.map((k) => numberField(row[p.col.get(k.name)!], `points.csv:${r + 2} ${k.name}`)),
  }));
  const cal = recOrNull<{ start: string; end: string; keyYear: number }>(m['calendar']);
  const start = cal ? str(cal['start']) : null;
  const end = cal ? str(cal['end']) : null;
  const keyYear = cal ? numOrNull(cal['keyYear']) : null;
  return {
    experimentFile: str(m['experimentFile']),
    name: bilingualOf(m['name']),
    description: bilingualOf(m['description']),
    scenarioName: bilingualOf(m['scenarioName']),
    calendar: start !== null && end !== null && keyYear !== null ? { start, end, keyYear } : null,
    scenarioFile: str(m['scenarioFile']),
    design: designObject ? str(designObject['type']) : str(design),
    designPoints: numOrNull(m['designPoints']),
    replicates: numOrNull(m['replicates']),
    runs: numOrNull(m['runs']),
    seed: numOrNull(m['seed']),
    version: str(m['cogovVersion']),
    command: str(m['command']),
    factors: factorNames.map((name) => ({ name, path: paths.get(name) ?? null })),
    indicators,
    rows,
  };
}

/** A text in both languages, when `v` is one. */
function bilingualOf(v: unknown): Bilingual | null {
  const o = recOrNull<Bilingual>(v);
  const en = o ? str(o['en']) : null;
  const zh = o ? str(o['zh']) : null;
  return en !== null && zh !== null ? { en, zh } : null;
}

/** A finite number when `s` is one ("true", "" and words are not). */
export function asNumber(s: string): number | null {
  if (s.trim() === '') return null;
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}
