/**
 * The data dictionary of cogov's outputs: one row per metric (curves.csv, trajectories.csv) and per
 * key indicator (runs.csv, summary.json and the experiment tables), with its label, unit, kind (a
 * flow per month, a cumulative stock, a level, a ratio), desirable direction and definition in
 * English and Chinese, and when it is undefined. Written as dictionary.csv into every output folder
 * and as docs/DICTIONARY.md. Pure: text out.
 */
import { csvLine } from '../sim/outputs/csv.js';
import { INDICATOR_DEFINITIONS, METRIC_DEFINITIONS } from '../sim/outputs/definitions.js';
import { KEY_INDICATOR_NATURE, METRIC_NATURE, type Nature } from '../sim/outputs/dictionary.js';
import { KEY_INDICATORS, METRICS } from '../sim/model/metrics.js';
import { INDICATOR_LABELS, keyYearWords, METRIC_LABELS } from './i18n-metrics.js';
import { fillTemplate } from '../sim/kernel/i18n.js';

/** Columns of dictionary.csv, in order. */
export const DICTIONARY_COLUMNS = [
  'name',
  'level',
  'group',
  'unit',
  'kind',
  'direction',
  'label_en',
  'label_zh',
  'definition_en',
  'definition_zh',
  'undefined_when_en',
  'undefined_when_zh',
] as const;

/** One row of the dictionary. */
export interface DictionaryRow {
  name: string;
  /** 'metric' (per month: curves, trajectories) or 'indicator' (per run: runs, summary). */
  level: 'metric' | 'indicator';
  /** Report group of a metric; 'indicator' for key indicators. */
  group: string;
  unit: string;
  kind: Nature['kind'];
  direction: Nature['direction'];
  label: { en: string; zh: string };
  definition: { en: string; zh: string };
  /** When the value is undefined (empty CSV cell, JSON null); null when it always is defined. */
  undefinedWhen: { en: string; zh: string } | null;
}

/** Every row, metrics first (METRICS order), then key indicators (KEY_INDICATORS order). */
export function dictionaryRows(keyYear: number | null): DictionaryRow[] {
  const year = keyYearWords(keyYear);
  const rows: DictionaryRow[] = [];
  for (const m of METRICS) {
    const nature = METRIC_NATURE.get(m.name);
    const def = METRIC_DEFINITIONS.get(m.name);
    const label = METRIC_LABELS[m.name];
    if (!nature || !def || !label) throw new Error(`dictionary: metric ${m.name} is not described`);
    rows.push({
      name: m.name,
      level: 'metric',
      group: m.group,
      unit: m.unit,
      ...nature,
      label,
      definition: def.definition,
      undefinedWhen: def.undefinedWhen,
    });
  }
  for (const k of KEY_INDICATORS) {
    const nature = KEY_INDICATOR_NATURE.get(k.name);
    const def = INDICATOR_DEFINITIONS[k.name];
    const label = INDICATOR_LABELS[k.name];
    if (!nature || !label) throw new Error(`dictionary: indicator ${k.name} is not described`);
    rows.push({
      name: k.name,
      level: 'indicator',
      group: 'indicator',
      unit: k.unit,
      ...nature,
      label: { en: fillTemplate(label.en, { year: year.en }), zh: fillTemplate(label.zh, { year: year.zh }) },
      definition: def.definition,
      undefinedWhen: def.undefinedWhen,
    });
  }
  return rows;
}

/** dictionary.csv (RFC 4180, UTF-8, LF), for a scenario whose key year is `keyYear`. */
export function dictionaryCsv(keyYear: number | null): string {
  const lines = [csvLine(DICTIONARY_COLUMNS)];
  for (const r of dictionaryRows(keyYear)) {
    lines.push(
      csvLine([
        r.name,
        r.level,
        r.group,
        r.unit,
        r.kind,
        r.direction,
        r.label.en,
        r.label.zh,
        r.definition.en,
        r.definition.zh,
        r.undefinedWhen?.en ?? '',
        r.undefinedWhen?.zh ?? '',
      ]),
    );
  }
  return lines.join('');
}

const KIND_WORDS: Record<Nature['kind'], string> = {
  flow: 'flow per month',
  stock: 'cumulative stock',
  level: 'level',
  ratio: 'ratio',
};

/** docs/DICTIONARY.md: the same rows as Markdown tables (English definitions; Chinese labels). */
export function dictionaryMarkdown(): string {
  const rows = dictionaryRows(null);
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const table = (level: DictionaryRow['level']) =>
    [
      '| name | label (en / zh) | unit | kind | better | definition | undefined when |',
      '|---|---|---|---|---|---|---|',
      ...rows
        .filter((r) => r.level === level)
        .map(
          (r) =>
            `| \`${r.name}\` | ${cell(r.label.en)} / ${cell(r.label.zh)} | ${cell(r.unit)} | ${KIND_WORDS[r.kind]} | ` +
            `${r.direction === 'neither' ? '—' : r.direction} | ${cell(r.definition.en)} | ${cell(r.undefinedWhen?.en ?? '')} |`,
        ),
    ].join('\n');
  return `# Data dictionary

Generated from the code (\`viz/dictionary.ts\`, \`sim/outputs/definitions.ts\`, \`sim/outputs/indicator-definitions.ts\`, \`sim/outputs/dictionary.ts\`);
a test keeps this page equal to what the code writes. Every output folder of cogov (run, merge, compare,
sweep, sensitivity, levers) holds the same table as \`dictionary.csv\`, with Chinese definitions too and the
scenario's key year in the labels.

- **kind**: a *flow per month* is what happened in that month (sum months for a period); a *cumulative
  stock* counts since the start of the run; a *level* is the state at the month's end; a *ratio* is a
  share or quotient (do not sum it).
- **better**: the desirable direction, used by the reports to call a difference better or worse; "—"
  where more or less is not in itself better (money by source, pipeline states, public money committed).
- **undefined when**: the value is then an empty cell in CSV, \`null\` in JSON and in Parquet files
  (\`--format parquet\`), a gap in charts and "—" in tables, never 0; statistics count only the runs that define it (their \`n\`). Empty: always defined.
- "the key year" is the scenario's \`calendar.keyYear\`.
- **text cells** that are not numbers and begin with \`=\`, \`+\`, \`-\`, \`@\`, a tab or a carriage return (a
  scenario named \`=cmd\`) are written with a leading \`'\` (\`'=cmd\`) so a spreadsheet shows them as text rather
  than running a formula; cogov's readers take that quote off. Numbers such as \`-3.5\` are never changed.

## Metrics (one value per month: curves.csv, trajectories.csv, and their .parquet)

${table('metric')}

## Key indicators (one value per run: runs.csv or runs.parquet, summary.json, the experiment tables)

${table('indicator')}
`;
}
