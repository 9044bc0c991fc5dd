/**
 * Reading the saved outputs of an ensemble (text in, {@link ReportData} out): curves.csv,
 * summary.json and manifest.json as written by `sim/io/ensemble-outputs.ts`. Everything read is
 * treated as untrusted input: fields are type-checked, and a malformed file gives a
 * {@link ReportInputError} naming the file and line.
 */
import type { Scenario } from '../scenarios/schema.js';
import { LEVERS, leversOf } from '../sim/experiments/levers.js';
import { isLang } from '../sim/kernel/i18n.js';
import { numberField, parseCsv } from '../sim/outputs/csv.js';
import {
  CURVE_STAT_COLUMNS,
  CURVES_COLUMNS,
  type CurvesColumn,
  emptyCurveSeries,
  type BilingualJson,
  type EnsembleManifestJson,
  type SummaryIndicator,
  type SummaryIndicatorJson,
  type SummaryJson,
} from '../sim/outputs/ensemble.js';
import { ReportInputError } from '../sim/outputs/errors.js';
import { num, numOrNull, pair, parseJsonObject, recOrNull, str } from '../sim/outputs/json.js';
import type {
  Bilingual,
  CurveSeries,
  FireTarget,
  Instruments,
  Lang,
  Provenance,
  ReportData,
} from './types.js';

/** Parse curves.csv into one series per metric (file order) and the scenario id of its rows. */
export function parseCurves(text: string): { scenario: string | null; curves: Map<string, CurveSeries> } {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (err) {
    throw new ReportInputError(`curves.csv: ${(err as Error).message}`);
  }
  const header = rows[0] ?? [];
  const col = new Map(header.map((h, i) => [h.trim(), i]));
  const missing = CURVES_COLUMNS.filter((c) => !col.has(c));
  if (missing.length > 0) {
    throw new ReportInputError(`curves.csv: missing column(s) ${missing.join(', ')} in the header`);
  }
  const curves = new Map<string, CurveSeries>();
  let scenario: string | null = null;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    if (row.length === 1 && row[0] === '') continue;
    const where = `curves.csv:${r + 1}`;
    if (row.length !== header.length) {
      throw new ReportInputError(`${where}: ${row.length} fields, expected ${header.length}`);
    }
    const get = (c: CurvesColumn) => row[col.get(c)!];
    scenario ??= get('scenario');
    const metric = get('metric');
    const tick = Number(get('tick'));
    if (!Number.isSafeInteger(tick) || tick < 0 || tick > 100_000) {
      throw new ReportInputError(`${where}: tick "${get('tick')}" is not a non-negative integer`);
    }
    let s = curves.get(metric);
    if (!s) {
      s = emptyCurveSeries(metric);
      curves.set(metric, s);
    }
    if (tick !== s.dates.length) {
      throw new ReportInputError(`${where}: tick ${tick} of ${metric}, expected ${s.dates.length}`);
    }
    s.dates.push(get('date'));
    for (const k of CURVE_STAT_COLUMNS) s[k].push(numberField(get(k), `${where} ${k}`));
  }
  return { scenario, curves };
}

/** A single run's indicator in summary.json of older versions: its value instead of a summary. */
type SingleRunValue = { value: number };

/** Parse summary.json (an ensemble's; a single run's `value` is read as n = 1). */
export function parseSummary(text: string): {
  scenario: string | null;
  indicators: Map<string, SummaryIndicator>;
} {
  const doc = parseJsonObject<SummaryJson>(text, 'summary.json');
  const list = recOrNull(doc['indicators']);
  if (!list) throw new ReportInputError('summary.json: no "indicators" object');
  const indicators = new Map<string, SummaryIndicator>();
  for (const [name, raw] of Object.entries(list)) {
    const o = recOrNull<SummaryIndicatorJson & SingleRunValue>(raw);
    if (!o) throw new ReportInputError(`summary.json: indicator ${name} is not an object`);
    const single = 'value' in o && !('mean' in o);
    const mean = num(single ? o['value'] : o['mean']);
    indicators.set(name, {
      unit: str(o['unit']) ?? '',
      n: single ? 1 : num(o['n']),
      mean,
      sd: single ? Number.NaN : num(o['sd']),
      ci95: pair(o['ci95']),
      p05: single ? mean : num(o['p05']),
      p50: single ? mean : num(o['p50']),
      p95: single ? mean : num(o['p95']),
    });
  }
  return { scenario: str(doc['scenario']), indicators };
}

function bilingual(v: unknown): Bilingual | null {
  const o = recOrNull<BilingualJson>(v);
  if (!o) return null;
  const en = str(o['en']);
  const zh = str(o['zh']);
  if (en === null && zh === null) return null;
  return { en: en ?? zh ?? '', zh: zh ?? en ?? '' };
}

/** What the report takes from manifest.json (every field optional). */
export interface ManifestInfo {
  scenario: string | null;
  name: Bilingual | null;
  description: Bilingual | null;
  language: Lang | null;
  keyYear: number | null;
  provenance: Provenance;
  /** The instruments on in resolvedScenario (null when absent or not a scenario cogov can read). */
  instruments: Instruments | null;
  /** The fire-safety target in resolvedScenario (null when absent). */
  fireTarget: FireTarget | null;
}

/** The fire-safety target of a manifest's resolvedScenario (null when it has none of that shape). */
export function fireTargetOf(resolved: unknown): FireTarget | null {
  const gov = recOrNull<Record<string, unknown>>(
    recOrNull<Record<string, unknown>>(resolved)?.['government'],
  );
  const t = recOrNull<Record<string, unknown>>(gov?.['fireSafetyTarget']);
  if (!t) return null;
  const deadline = str(t['deadline']);
  const targetShare = numOrNull(t['targetShare']);
  if (deadline === null || targetShare === null || typeof t['enabled'] !== 'boolean') return null;
  return { deadline, targetShare, enabled: t['enabled'] };
}

/**
 * The policy instruments on in a manifest's resolvedScenario, by the lever catalogue (null when the
 * manifest has none, or one of another shape, e.g. from an older version).
 */
export function instrumentsOf(resolved: unknown): Instruments | null {
  if (recOrNull(resolved) === null) return null;
  try {
    const on = new Set(leversOf(resolved as Scenario).map((l) => l.id));
    const name = (l: (typeof LEVERS)[number]): Bilingual => ({ en: l.name.en, zh: l.name.zh });
    return {
      on: LEVERS.filter((l) => on.has(l.id)).map(name),
      off: LEVERS.filter((l) => !on.has(l.id)).map(name),
    };
  } catch {
    return null;
  }
}

/** Fields of the manifests of older versions, still read. */
type LegacyManifestFields = { version: string; keyYear: number };

/** Parse manifest.json. */
export function parseManifest(text: string): ManifestInfo {
  const m = parseJsonObject<EnsembleManifestJson & LegacyManifestFields>(text, 'manifest.json');
  const cal = recOrNull<EnsembleManifestJson['calendar']>(m['calendar']);
  const lang = m['language'];
  return {
    scenario: str(m['scenario']),
    name: bilingual(m['scenarioName']),
    description: bilingual(m['scenarioDescription']),
    language: isLang(lang) ? lang : null,
    keyYear: numOrNull(m['keyYear']) ?? numOrNull(cal?.['keyYear']),
    instruments: instrumentsOf(m['resolvedScenario']),
    fireTarget: fireTargetOf(m['resolvedScenario']),
    provenance: {
      version: str(m['cogovVersion']) ?? str(m['version']),
      scenarioSha256: str(m['scenarioSha256']),
      scenarioFile: str(m['scenarioFile']),
      seed: numOrNull(m['seed']),
      runs: numOrNull(m['runs']),
      workers: numOrNull(m['workers']),
      wallTimeSeconds: numOrNull(m['wallTimeSeconds']),
      seedRule: str(m['seedRule']),
      quantiles: str(m['quantiles']),
      command: str(m['command']),
      calendar:
        cal && typeof cal['start'] === 'string' && typeof cal['end'] === 'string'
          ? { start: cal['start'], end: cal['end'], ticks: num(cal['ticks']) }
          : null,
    },
  };
}

/** The texts of an output folder's files (undefined = file absent). */
export interface OutputTexts {
  curves: string;
  summary?: string;
  manifest?: string;
}

/** Assemble the report's data from the output files' texts. */
export function reportData(files: OutputTexts): ReportData {
  const { scenario: curveScenario, curves } = parseCurves(files.curves);
  const summary = files.summary === undefined ? null : parseSummary(files.summary);
  const manifest = files.manifest === undefined ? null : parseManifest(files.manifest);
  return {
    scenarioId: manifest?.scenario ?? curveScenario ?? summary?.scenario ?? 'scenario',
    name: manifest?.name ?? null,
    description: manifest?.description ?? null,
    language: manifest?.language ?? null,
    keyYear: manifest?.keyYear ?? null,
    provenance: manifest?.provenance ?? emptyProvenance(),
    instruments: manifest?.instruments ?? null,
    fireTarget: manifest?.fireTarget ?? null,
    curves,
    indicators: summary?.indicators ?? new Map(),
  };
}

/** Provenance with every field unknown. */
export function emptyProvenance(): Provenance {
  return {
    version: null,
    scenarioSha256: null,
    scenarioFile: null,
    seed: null,
    runs: null,
    workers: null,
    wallTimeSeconds: null,
    seedRule: null,
    quantiles: null,
    command: null,
    calendar: null,
  };
}
