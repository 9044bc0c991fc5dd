import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CITATIONS } from '../../scenarios/citations.js';
import { PARAMETER_SOURCES } from '../../scenarios/sources.js';
import { KEY_INDICATORS, METRICS } from '../../sim/model/metrics.js';
import {
  extractParamsBlock,
  PARAMS_BEGIN,
  PARAMS_END,
  parameterTables,
  replaceParamsBlock,
} from '../../scenarios/params-doc.js';
import { formatNumber, parameterLeaves, parameterPaths } from '../../scenarios/params-schema.js';
import { PHASES } from '../../sim/model/phases.js';

const root = new URL('../../', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, root), 'utf8');
const doc = read('docs/MODEL.md');

/** The text of the "## n. title" section of the doc up to the next "## " heading. */
function section(title: string): string {
  const lines = doc.split('\n');
  const start = lines.findIndex((l) => l.startsWith('## ') && l.includes(title));
  if (start < 0) return '';
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

describe('PARAMETER_SOURCES', () => {
  const paths = parameterPaths();

  it('covers a schema of a plausible size with unique paths', () => {
    expect(paths.length).toBeGreaterThan(200);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('government.cityFund.growthRatePerYear');
    expect(paths).toContain('city.communities[].households');
    expect(paths).toContain('renovation.items.*.costRmbPerHousehold');
    expect(paths).toContain('shocks.rainstorm.monthlyProbability');
  });

  it('has an entry for every leaf path of the schema', () => {
    expect(paths.filter((p) => !(p in PARAMETER_SOURCES))).toEqual([]);
  });

  it('has no stale entry', () => {
    const known = new Set(paths);
    expect(Object.keys(PARAMETER_SOURCES).filter((p) => !known.has(p))).toEqual([]);
  });

  it('gives every source as exactly "assumed" or "src: <citation key> …"', () => {
    const keys = Object.keys(CITATIONS);
    const bad = Object.entries(PARAMETER_SOURCES).filter(
      ([, s]) => s !== 'assumed' && !keys.some((k) => s === `src: ${k}` || s.startsWith(`src: ${k} `)),
    );
    expect(bad).toEqual([]);
  });

  it('marks the seed paper’s and the plan’s numbers as sourced and invented magnitudes as assumed', () => {
    expect(PARAMETER_SOURCES['government.cityFund.growthRatePerYear']).toMatch(/^src: seed §6\.1\.2/);
    expect(PARAMETER_SOURCES['ngos.academy.graduatesPerYear']).toMatch(/^src: seed §6\.3\.3/);
    expect(PARAMETER_SOURCES['city.generate.communities']).toMatch(/^src: Nanchong 2021–2025 plan/);
    expect(PARAMETER_SOURCES['residents.utility.costSensitivity']).toBe('assumed');
    expect(PARAMETER_SOURCES['residents.utility.elevatorPremiumRmbPerM2']).toBe('assumed');
  });
});

describe('parameter leaves', () => {
  const byPath = new Map(parameterLeaves().map((l) => [l.path, l]));

  it('reads defaults, bounds and meanings from the schema', () => {
    const growth = byPath.get('government.cityFund.growthRatePerYear')!;
    expect(growth.defaultText).toBe('0.15');
    expect(growth.boundsText).toBe('-0.5..1');
    expect(growth.meaning).toBe('annual growth of the fund (share per year)');
    expect(byPath.get('city.generate.communities')!.boundsText).toBe('integer 1..100,000');
    expect(byPath.get('city.generate.storeys.min')!.defaultText).toBe('5');
    expect(byPath.get('city.generate.storeys.min')!.meaning).toMatch(/storeys per building.*lower end/);
    expect(byPath.get('city.generate.totalHouseholds')!.defaultText).toBe('unset');
    expect(byPath.get('name.en')!.defaultText).toBe('required');
    expect(byPath.get('calendar.start')!.boundsText).toBe('YYYY-MM');
    expect(byPath.get('residents.elevatorCostSharing.rule')!.boundsText).toContain('`shapley`');
    expect(byPath.get('government.upperTransfers.centralRmbPerHousehold')!.boundsText).toBe(
      '0..100,000, or an expression of year, month, t',
    );
    expect(byPath.get('shocks.rainstorm.monthlyProbability')!.boundsText).toBe('12 × 0..1');
    expect(byPath.get('renovation.items.*.costRmbPerHousehold')!.defaultText).toBe('3000');
    expect(byPath.get('shocks.scheduled[].type')!.defaultText).toBe('required');
  });

  it('formats numbers for tables', () => {
    expect(formatNumber(1e12)).toBe('1e12');
    expect(formatNumber(600_000_000)).toBe('600,000,000');
    expect(formatNumber(8000)).toBe('8000');
    expect(formatNumber(-0.5)).toBe('-0.5');
  });
});

describe('docs/MODEL.md', () => {
  it('holds exactly the generated parameter tables (npm run docs:params)', () => {
    expect(extractParamsBlock(doc)).toBe(parameterTables());
  });

  it('replaces and extracts the params block', () => {
    const stale = `# T\n\n${PARAMS_BEGIN}\nold\n${PARAMS_END}\n\nafter\n`;
    const next = replaceParamsBlock(stale, 'new\n');
    expect(extractParamsBlock(next)).toBe('new\n');
    expect(next.endsWith(`${PARAMS_END}\n\nafter\n`)).toBe(true);
    expect(replaceParamsBlock(next, 'new\n')).toBe(next);
    expect(() => replaceParamsBlock('# no markers', 'x')).toThrow(/params:begin/);
  });

  it('documents every parameter with its source', () => {
    const tables = parameterTables();
    for (const p of parameterPaths()) expect(tables).toContain(`| \`${p}\` |`);
    expect(tables).not.toContain('**missing**');
  });

  it('has the ODD+D sections in order', () => {
    const headings = doc.split('\n').filter((l) => l.startsWith('## '));
    const expected = [
      'Purpose and patterns',
      'Entities, state variables and scales',
      'Process overview and scheduling',
      'Design concepts',
      'Initialization',
      'Input data',
      'Submodels',
      'Observation',
      'Deviations from the reference model',
      'Parameters',
    ];
    const at = expected.map((t) => headings.findIndex((h) => h.includes(t)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('has the ODD+D design concepts', () => {
    const concepts = section('Design concepts');
    for (const c of [
      'Theoretical and empirical background',
      'Individual decision-making',
      'Learning',
      'Individual sensing',
      'Individual prediction',
      'Interaction',
      'Collectives',
      'Heterogeneity',
      'Stochasticity',
      'Observation',
    ]) {
      expect(concepts).toMatch(new RegExp(`### [\\d.]+ ${c}`));
    }
  });

  it('names every phase of PHASES, in order, in the process overview', () => {
    const overview = section('Process overview and scheduling');
    const at = PHASES.map(([name]) => overview.indexOf(`| \`${name}\` |`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('refers only to deviations it defines', () => {
    const defined = new Set([...doc.matchAll(/\*\*D(\d+)\./g)].map((m) => m[1]));
    expect(defined.size).toBeGreaterThan(20);
    const used = [...doc.matchAll(/\bD(\d+)\b/g)].map((m) => m[1]);
    expect(used.filter((d) => !defined.has(d))).toEqual([]);
  });

  it('lists every metric and key indicator', () => {
    const observation = section('Observation');
    for (const m of METRICS) expect(observation).toContain(`\`${m.name}\``);
    for (const k of KEY_INDICATORS) expect(observation).toContain(`\`${k.name}\``);
  });

  it('lists every numeric constant exported from agents/ and sim/ as assumed in code', () => {
    const files = ['agents', 'sim', 'sim/kernel'].flatMap((dir) =>
      readdirSync(new URL(dir, root))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => join(dir, f)),
    );
    const constants = files.flatMap((f) =>
      [...read(f).matchAll(/export const ([A-Z][A-Z0-9_]+)\s*=\s*-?\d/g)].map((m) => m[1]),
    );
    expect(constants).toContain('SPONGE_EFFECTIVENESS');
    const deviations = section('Deviations from the reference model');
    expect(constants.filter((c) => !deviations.includes(`\`${c}\``))).toEqual([]);
  });
});

describe('purity', () => {
  it.each(['scenarios/params-doc.ts', 'scenarios/params-schema.ts', 'scenarios/sources.ts'])(
    '%s uses no node:*, process or console',
    (file) => {
      const source = read(file);
      expect(source).not.toMatch(/from ['"]node:/);
      expect(source).not.toMatch(/\b(process|console)\./);
    },
  );
});
