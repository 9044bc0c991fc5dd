/**
 * `cogov sensitivity` end to end (in-process): sensitivity.json records the bootstrap resamples and
 * the calendar; the ranking warning is written exactly when the top intervals in the file overlap,
 * printed by the CLI like the other warnings (in the experiment's language), shown on the page, and
 * the page opens with a headline; analysing the saved points again gives the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rankingTies } from '../../sim/analysis/ranking.js';
import { warningText } from '../../sim/analysis/warnings.js';
import { cli, workspace } from './helpers.js';

const EXPERIMENT = `scenario: tiny.yaml
factors:
  - { name: cost, path: residents.utility.costSensitivity, range: [0.5, 3] }
  - { name: mu, path: residents.opinion.mu, range: [0.1, 0.5] }
  - { name: subsidy, path: government.householdSubsidy.rmbPerHousehold, range: [0, 30000] }
design: { type: morris, trajectories: 10, levels: 4 }
replicates: 1
seed: 5
indicators: [householdsRenovated, participation]
`;

interface Json {
  bootstrap: number;
  calendar: unknown;
  indicators: {
    indicator: string;
    warnings: string[];
    warningCodes: { code: string; vars: Record<string, string | number> }[];
    factors: { factor: string; muStar: number | null; muStarCi95: (number | null)[] }[];
  }[];
}

let ws: string;
let stderr: string;
let json: Json;

beforeAll(async () => {
  ws = workspace();
  writeFileSync(join(ws, 'morris.yaml'), EXPERIMENT);
  const r = await cli([
    'sensitivity',
    join(ws, 'morris.yaml'),
    '--out',
    join(ws, 'm'),
    '--workers',
    '1',
    '--quiet',
  ]);
  if (r.code !== 0) throw new Error(r.stderr);
  stderr = r.stderr;
  json = JSON.parse(readFileSync(join(ws, 'm', 'sensitivity.json'), 'utf8'));
}, 120_000);

describe('cogov sensitivity: ranking and headline', () => {
  it('records the bootstrap resamples and the calendar in sensitivity.json', () => {
    expect(json.bootstrap).toBe(1000);
    expect(json.calendar).toEqual({ start: '2024-07', end: '2025-12', keyYear: 2025 });
  });

  it('warns of a ranking exactly when the top intervals in the file overlap, on stderr too', () => {
    let warned = 0;
    for (const ind of json.indicators) {
      const scored = ind.factors.map((f) => ({
        factor: f.factor,
        score: f.muStar ?? Number.NaN,
        ci: [f.muStarCi95[0] ?? Number.NaN, f.muStarCi95[1] ?? Number.NaN] as [number, number],
      }));
      const ties = scored.some((s) => s.score > 0) ? rankingTies(scored) : [];
      const codes = ind.warningCodes.filter((w) => w.code === 'rankingNotSeparated');
      expect(
        codes.map((w) => w.vars['factors']),
        ind.indicator,
      ).toEqual(ties.map((t) => t.factors.join(' / ')));
      for (const w of ind.warnings) expect(stderr).toContain(w);
      warned += codes.length;
    }
    // This design is small enough that participation's top two do overlap (cost and subsidy).
    expect(warned).toBeGreaterThan(0);
  });

  it('prints the warning in Chinese for --lang zh and the page shows it under a headline', async () => {
    const r = await cli([
      'sensitivity',
      join(ws, 'morris.yaml'),
      '--points',
      join(ws, 'm', 'points.csv'),
      '--out',
      join(ws, 'zh'),
      '--lang',
      'zh',
      '--quiet',
    ]);
    expect(r.code).toBe(0);
    const code = json.indicators.flatMap((i) => i.warningCodes).find((w) => w.code === 'rankingNotSeparated');
    expect(code).toBeDefined();
    expect(r.stderr).toContain(warningText('zh', code as Parameters<typeof warningText>[1]));
    // Same rows, same analysis: the same bytes.
    expect(readFileSync(join(ws, 'zh', 'sensitivity.json'), 'utf8')).toBe(
      readFileSync(join(ws, 'm', 'sensitivity.json'), 'utf8'),
    );
    const html = readFileSync(join(ws, 'zh', 'report.html'), 'utf8');
    expect(html.indexOf('<section id="headline"')).toBeGreaterThan(-1);
    expect(html.indexOf('<section id="headline"')).toBeLessThan(html.indexOf('<section id="warnings"'));
    expect(html).toContain('排序未确立');
    expect(html).not.toContain('无警告');
  });
});
