/**
 * The parameter tables of docs/MODEL.md, generated from the zod scenario schema so the documentation
 * cannot drift from the code: one markdown table per top-level section with each leaf parameter's
 * path, unit and meaning, default, bounds (scenarios/params-schema.ts) and source (scenarios/sources.ts),
 * the default renovation menu and the citation keys. Pure: no I/O; `sim/io/params-doc-cli.ts` writes
 * the block into the file.
 */
import type { z } from 'zod';
import { ScenarioSchema } from './schema.js';
import { CITATIONS } from './citations.js';
import { PARAMETER_SOURCES } from './sources.js';
import {
  defaultScenario,
  formatNumber,
  formatValue,
  type ParameterLeaf,
  parameterLeaves,
} from './params-schema.js';
import { unwrap } from './zod-walk.js';

/** First line of the generated block in docs/MODEL.md. */
export const PARAMS_BEGIN = '<!-- params:begin -->';
/** Last line of the generated block in docs/MODEL.md. */
export const PARAMS_END = '<!-- params:end -->';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Sections of the tables: top-level keys, the scenario's own texts grouped as "scenario". */
const SECTION_OF: Record<string, string> = {
  name: 'scenario',
  description: 'scenario',
  language: 'scenario',
};

function sectionTitle(section: string): string {
  if (section === 'scenario') return 'scenario (`name`, `description`, `language`)';
  return `\`${section}\``;
}

function sectionDescription(section: string): string {
  if (section === 'scenario') return 'The scenario’s own texts and report language (not model parameters).';
  const child = (ScenarioSchema.shape as Record<string, z.ZodType>)[section];
  const text = child ? unwrap(child).description : '';
  return text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : '';
}

function menuTable(): string {
  const items = (defaultScenario() as { renovation: { items: Record<string, Record<string, unknown>> } })
    .renovation.items;
  const cols = [
    'component',
    'category',
    'costRmbPerHousehold',
    'conditionAfter',
    'benefit',
    'elderlyBenefitFactor',
    'priority',
    'revenueGenerating',
  ];
  const lines = [
    '#### Default renovation menu (`renovation.items`)',
    '',
    `| item | ${cols.join(' | ')} |`,
    `|---|${cols.map(() => '---').join('|')}|`,
  ];
  let total = 0;
  for (const name of Object.keys(items).sort()) {
    const it = items[name];
    total += it.costRmbPerHousehold as number;
    lines.push(`| ${name} | ${cols.map((c) => cell(formatValue(it[c]))).join(' | ')} |`);
  }
  lines.push(
    '',
    `The menu's costs sum to ${formatNumber(total)} RMB per household (source: see \`renovation.items.*.costRmbPerHousehold\`).`,
  );
  return lines.join('\n');
}

function citationTable(): string {
  const lines = ['### Citation keys', '', '| key | reference |', '|---|---|'];
  for (const [key, ref] of Object.entries(CITATIONS)) lines.push(`| ${cell(key)} | ${cell(ref)} |`);
  return lines.join('\n');
}

/**
 * The generated parameter documentation (markdown, ending in a newline): a table per top-level
 * section (path | unit & meaning | default | bounds | source), the default renovation menu and the
 * citation keys. Deterministic: the same schema and sources give the same text.
 */
export function parameterTables(): string {
  const bySection = new Map<string, ParameterLeaf[]>();
  for (const leaf of parameterLeaves()) {
    const section = SECTION_OF[leaf.section] ?? leaf.section;
    if (!bySection.has(section)) bySection.set(section, []);
    bySection.get(section)!.push(leaf);
  }
  const parts: string[] = [
    `${parameterLeaves().length} parameters. Source \`assumed\` marks a value chosen for want of data: vary it.`,
  ];
  for (const [section, leaves] of bySection) {
    const lines = [
      `### ${sectionTitle(section)}`,
      '',
      sectionDescription(section),
      '',
      '| path | unit & meaning | default | bounds | source |',
      '|---|---|---|---|---|',
    ];
    for (const p of leaves) {
      const source = PARAMETER_SOURCES[p.path] ?? '**missing**';
      lines.push(
        `| \`${p.path}\` | ${cell(p.meaning)} | ${cell(p.defaultText)} | ${cell(p.boundsText)} | ${cell(source)} |`,
      );
    }
    parts.push(lines.join('\n'));
    if (section === 'renovation') parts.push(menuTable());
  }
  parts.push(citationTable());
  return `${parts.join('\n\n')}\n`;
}

/** The text between the params markers of a document (null when the markers are missing). */
export function extractParamsBlock(doc: string): string | null {
  const a = doc.indexOf(PARAMS_BEGIN);
  const b = doc.indexOf(PARAMS_END);
  if (a < 0 || b < a) return null;
  return doc
    .slice(a + PARAMS_BEGIN.length, b)
    .replace(/^\n/, '')
    .replace(/\n$/, '');
}

/** The document with the params block replaced by `tables` (throws when the markers are missing). */
export function replaceParamsBlock(doc: string, tables: string): string {
  const a = doc.indexOf(PARAMS_BEGIN);
  const b = doc.indexOf(PARAMS_END);
  if (a < 0 || b < a) throw new Error(`expected ${PARAMS_BEGIN} … ${PARAMS_END} in the document`);
  return `${doc.slice(0, a + PARAMS_BEGIN.length)}\n${tables}\n${doc.slice(b)}`;
}
