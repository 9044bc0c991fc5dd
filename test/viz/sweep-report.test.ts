/**
 * The sweep report opens with its answer: title and question from the experiment, a headline (best
 * design point with its 95 % CI and n, distinguishable from the runner-up or not, range, how sure,
 * inputs held fixed), a ranked table of design points, two-factor heatmaps (quantile bins for
 * continuous factors, empty cells blank), only the indicators the experiment lists; its words exist
 * in both languages. The command writes the experiment's name, question, indicators and calendar
 * into manifest.json, and `cogov report` re-renders the same page.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY_INDICATORS } from '../../sim/model/metrics.js';
import { pointsColumns } from '../../sim/outputs/experiments.js';
import { parseSweep, sweepPage } from '../../viz/sweep.js';
import { factorAxis, heatCells, heatmapPlan, MAX_PAIRS } from '../../viz/sweep-heatmap.js';
import { sweepHeadline } from '../../viz/sweep-headline.js';
import { rankPoints, summarisePoints } from '../../viz/sweep-points.js';
import { rankingHtml } from '../../viz/sweep-ranking.js';
import { factorValueText } from '../../viz/sweep-text.js';
import { SWEEP_WORDS } from '../../viz/words-sweep.js';
import { cli, workspace } from '../experiments/helpers.js';

const HAN = /\p{Script=Han}/u;
const NAMES = KEY_INDICATORS.map((k) => k.name);

/** points.csv of runs: [point, replicate, factor values…, {indicator: value ('' = undefined)}]. */
function pointsCsv(
  factors: string[],
  runs: [number, number, (string | number)[], Record<string, number | ''>][],
): string {
  const lines = runs.map(([point, rep, values, ind], run) =>
    [run, point, rep, 100 + rep, ...values, ...NAMES.map((n) => ind[n] ?? 1)].join(','),
  );
  return `${pointsColumns(factors).join(',')}\n${lines.join('\n')}\n`;
}

const MANIFEST = {
  experimentFile: 'scenarios/experiments/x.yaml',
  name: { en: 'Subsidy and PPP', zh: '补助与改建运营' },
  description: { en: 'Which subsidy renovates most?', zh: '哪种补助标准改造最多？' },
  indicators: ['householdsRenovated', 'fiscalCostPerHousehold', 'publicCommitted'],
  scenarioName: { en: 'Tiny town', zh: '小城' },
  calendar: { start: '2024-07', end: '2025-12', keyYear: 2025 },
  design: { type: 'grid' },
  designPoints: 4,
  replicates: 3,
  runs: 12,
};

/** A 2 × 2 grid, 3 replicates: point 3 (subsidy 30000, ppp true) renovates most, clearly. */
function gridData(spread = 1, manifest: object = MANIFEST) {
  const runs: [number, number, (string | number)[], Record<string, number | ''>][] = [];
  const mean = [100, 120, 300, 400];
  [
    [0, 'false'],
    [0, 'true'],
    [30000, 'false'],
    [30000, 'true'],
  ].forEach((values, p) => {
    for (let r = 0; r < 3; r++) {
      runs.push([
        p,
        r,
        values,
        {
          householdsRenovated: mean[p] + (r - 1) * spread,
          // Nothing renovated at point 0 in replicate 0: cost per household undefined there.
          fiscalCostPerHousehold: p === 0 && r === 0 ? '' : 20000 + p * 1000,
          publicCommitted: 1e6,
        },
      ]);
    }
  });
  return parseSweep({ points: pointsCsv(['subsidy', 'ppp'], runs), manifest: JSON.stringify(manifest) });
}

describe('sweep report words', () => {
  it('has every word in English and Chinese, the Chinese in Chinese, with the same placeholders', () => {
    const keys = Object.keys(SWEEP_WORDS.en) as (keyof typeof SWEEP_WORDS.en)[];
    expect(Object.keys(SWEEP_WORDS.zh).sort()).toEqual([...keys].sort());
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of keys) {
      expect(SWEEP_WORDS.en[k].trim(), k).not.toBe('');
      // Templates of names, values and punctuation only: no words to translate.
      if (!['factorList', 'cellN', 'heatmapTitle'].includes(k)) expect(SWEEP_WORDS.zh[k], k).toMatch(HAN);
      expect(ph(SWEEP_WORDS.zh[k]), k).toEqual(ph(SWEEP_WORDS.en[k]));
    }
  });
});

describe('sweep report data', () => {
  it('keeps only the indicators the experiment lists, and all of points.csv when it lists none', () => {
    const d = gridData();
    expect(d.indicators.map((i) => i.name)).toEqual(MANIFEST.indicators);
    expect(d.name).toEqual(MANIFEST.name);
    expect(d.calendar).toEqual(MANIFEST.calendar);
    const { indicators: _, ...rest } = MANIFEST;
    expect(gridData(1, rest).indicators.map((i) => i.name)).toEqual(NAMES);
  });

  it('summarises each design point over its defined runs only, and ranks by direction', () => {
    const d = gridData();
    const pts = summarisePoints(d);
    expect(pts.map((p) => p.point)).toEqual([0, 1, 2, 3]);
    expect(pts[3].stats[0].mean).toBe(400);
    expect(pts[3].stats[0].n).toBe(3);
    // The undefined run is skipped, not counted as 0.
    expect(pts[0].stats[1].n).toBe(2);
    expect(pts[0].stats[1].mean).toBe(20000);
    expect(rankPoints(pts, 0, 'higher').map((p) => p.point)).toEqual([3, 2, 1, 0]);
    expect(rankPoints(pts, 1, 'lower').map((p) => p.point)).toEqual([0, 1, 2, 3]);
  });
});

describe('sweep headline', () => {
  it('names the best point with its CI and n, says it is distinguishable, gives the range and date', () => {
    const d = gridData(1);
    const h = sweepHeadline('en', d, summarisePoints(d));
    expect(h.ran).toContain('4 design points × 3 runs each = 12 runs of “Tiny town”');
    expect(h.ran).toContain('2024-07 to 2025-12');
    expect(h.ran).toContain('subsidy (0, 30,000)');
    const best = h.answers[0];
    expect(best).toContain('Households renovated (higher is better): best at subsidy = 30,000, ppp = true');
    // 400 ± t(0.975, 2)·1/√3 = 400 ± 2.48
    expect(best).toContain('400 households (95 % CI 398 to 402, n = 3 runs)');
    expect(best).toContain('at the end of the run (2025-12)');
    expect(h.answers[1]).toContain('The runner-up, subsidy = 30,000, ppp = false');
    expect(h.answers[1]).toContain('do not overlap');
    expect(h.answers[2]).toContain('ranges from 100 households (subsidy = 0, ppp = false) to 400 households');
    // Money indicators go to the money list; an indicator without a direction has no "best".
    expect(h.money.join(' ')).toContain(
      'Public money per renovated household (lower is better): best at subsidy = 0',
    );
    expect([...h.answers, ...h.money].join(' ')).not.toContain('Public money committed');
    expect(h.sure).toContain('over the 3 runs of each design point');
    expect(h.assumed).toContain('held fixed at its value in “Tiny town”');
  });

  it('says when the best is not distinguishable from the runner-up, and when there is no interval', () => {
    const wide = gridData(200);
    const h = sweepHeadline('en', wide, summarisePoints(wide));
    expect(h.answers[1]).toContain('the 95 % intervals overlap, so with 3 runs per point');
    const one = parseSweep({
      points: pointsCsv(
        ['subsidy'],
        [
          [0, 0, [0], { householdsRenovated: 5 }],
          [1, 0, [1], { householdsRenovated: 7 }],
        ],
      ),
      manifest: JSON.stringify({ ...MANIFEST, replicates: 1, designPoints: 2, runs: 2 }),
    });
    const h1 = sweepHeadline('en', one, summarisePoints(one));
    expect(h1.answers[0]).toContain('7.00 households (n = 1 run, no interval)');
    expect(h1.answers[1]).toContain('cannot be told apart');
    expect(h1.sure).toContain('Each design point ran once');
  });

  it('says when the folder holds only part of the design (a shard)', () => {
    const d = gridData(1, { ...MANIFEST, runs: 24 });
    const h = sweepHeadline('en', d, summarisePoints(d));
    expect(h.ran).toContain('This folder holds 12 of those 24 runs (one shard), at 4 design points');
    expect(sweepHeadline('en', gridData(), summarisePoints(gridData())).ran).not.toContain('shard');
  });

  it('says when every design point gives the same mean', () => {
    const flat = parseSweep({
      points: pointsCsv(
        ['s'],
        [
          [0, 0, [0], { householdsRenovated: 0 }],
          [1, 0, [1], { householdsRenovated: 0 }],
        ],
      ),
      manifest: JSON.stringify({ ...MANIFEST, indicators: ['householdsRenovated'], replicates: 1 }),
    });
    const h = sweepHeadline('en', flat, summarisePoints(flat));
    expect(h.answers).toEqual([
      'Households renovated (higher is better): all 2 design points give the same mean, 0 households (n = 1 run, no interval) at the end of the run (2025-12): the factors make no difference to it here.',
    ]);
    expect(h.ran).toContain('× 1 run each =');
  });

  it('is written in Chinese for lang zh', () => {
    const d = gridData();
    const h = sweepHeadline('zh', d, summarisePoints(d));
    for (const s of [h.title, h.ran, ...h.answers, h.sure, h.assumed]) expect(s).toMatch(HAN);
    expect(h.answers[0]).toContain('95%置信区间');
  });
});

describe('sweep ranked table and heatmaps', () => {
  it('ranks the design points, best first, with mean, CI and n; "—" where undefined', () => {
    const html = rankingHtml('en', gridData(), summarisePoints(gridData()));
    const rows = html.split('<tr>').slice(2);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/^<th scope="row">1<\/th><td>30,000<\/td><td>true<\/td><td>400<br>/);
    expect(rows[0]).toContain('398 to 402, n = 3');
    expect(html).toContain('class="table-scroll"');
  });

  it('shows "—" for a point no run defines', () => {
    const d = parseSweep({
      points: pointsCsv(
        ['s'],
        [
          [0, 0, [0], { householdsRenovated: 4 }],
          [1, 0, [1], { householdsRenovated: '' }],
        ],
      ),
      manifest: JSON.stringify({ indicators: ['householdsRenovated'] }),
    });
    const html = rankingHtml('en', d, summarisePoints(d));
    const rows = html.split('<tr>').slice(2);
    expect(rows[1]).toContain('<td>—<br><small class="muted">n = 0</small></td>');
  });

  it('writes factor values grouped, with at most four significant digits', () => {
    expect(
      ['30000', '1.504902', '0.194357', '0.5', 'true', '12.5'].map((v) => factorValueText('en', v)),
    ).toEqual(['30,000', '1.505', '0.1944', '0.5', 'true', '12.5']);
  });

  it('keeps the levels of a grid factor and bins a continuous one at its quartiles', () => {
    const grid = factorAxis('en', ['0', '30000', '0', '30000']);
    expect(grid?.labels).toEqual(['0', '30,000']);
    expect(grid?.binned).toBe(false);
    const lhs = factorAxis(
      'en',
      Array.from({ length: 8 }, (_, i) => String(i + 1)),
    )!;
    expect(lhs.binned).toBe(true);
    expect(lhs.labels).toEqual(['1.00 – 2.75', '2.75 – 4.50', '4.50 – 6.25', '6.25 – 8.00']);
    expect(['1', '2', '3', '4', '5', '6', '7', '8'].map(lhs.indexOf)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(factorAxis('en', ['b', 'a', 'b'])?.labels).toEqual(['b', 'a']);
  });

  it('averages the runs of a cell, leaves a cell without design points empty (not 0)', () => {
    const d = parseSweep({
      points: pointsCsv(
        ['a', 'b'],
        [
          [0, 0, [0, 'x'], { householdsRenovated: 10 }],
          [0, 1, [0, 'x'], { householdsRenovated: 14 }],
          [1, 0, [1, 'y'], { householdsRenovated: '' }],
          [2, 0, [0, 'y'], { householdsRenovated: 3 }],
        ],
      ),
      manifest: JSON.stringify({ indicators: ['householdsRenovated'] }),
    });
    const plan = heatmapPlan(
      'en',
      d,
      summarisePoints(d).map((p) => p.values),
    );
    expect(plan.pairs).toEqual([[0, 1]]);
    const cells = heatCells(d, 0, 0, 1, plan.axes[0]!, plan.axes[1]!);
    expect(cells[0][0]).toEqual({ mean: 12, n: 2, runs: 2, points: 1 });
    expect(cells[1][0]).toBeNull();
    expect(cells[1][1]?.n).toBe(0);
    expect(Number.isNaN(cells[1][1]?.mean)).toBe(true);
    const page = sweepPage(d, 'en');
    const html = page.sections.find((s) => s.id === 'indicator-0')!.html;
    expect(html).toContain('<tr><th scope="row">1</th><td></td><td style="text-align:center">—<br>');
  });

  it('draws at most MAX_PAIRS pairs, those of the factors listed first, and says so', () => {
    const factors = ['f0', 'f1', 'f2', 'f3', 'f4'];
    const runs: [number, number, (string | number)[], Record<string, number | ''>][] = [0, 1, 2].map((p) => [
      p,
      0,
      factors.map((_, i) => p + i),
      { householdsRenovated: p },
    ]);
    const d = parseSweep({
      points: pointsCsv(factors, runs),
      manifest: JSON.stringify({ indicators: ['householdsRenovated'] }),
    });
    const plan = heatmapPlan(
      'en',
      d,
      summarisePoints(d).map((p) => p.values),
    );
    expect(plan.totalPairs).toBe(10);
    expect(plan.pairs).toHaveLength(MAX_PAIRS);
    expect(plan.pairs).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
    const html = sweepPage(d, 'en').sections.find((s) => s.id === 'indicator-0')!.html;
    expect(html).toContain('Shown: the first 6 of 10 factor pairs');
    expect(html.match(/<figure class="heatmap"/g)).toHaveLength(MAX_PAIRS);
  });
});

describe('sweep page', () => {
  it('is titled by the experiment name and question, falls back to the file name', () => {
    const page = sweepPage(gridData(), 'zh');
    expect(page.title).toBe('补助与改建运营');
    expect(page.subtitle).toBe('哪种补助标准改造最多？');
    expect(page.headline?.title).toBe('结论');
    expect(page.sections.map((s) => s.id)).toEqual([
      'ranking',
      'indicator-0',
      'indicator-1',
      'indicator-2',
      'factors',
      'methods',
      'settings',
    ]);
    const { name: _, description: __, ...rest } = MANIFEST;
    expect(sweepPage(gridData(1, rest), 'en').title).toBe('x.yaml');
  });
});

describe('cogov sweep writes what the report needs', () => {
  it('an LHS sweep: manifest has name, question, indicators and calendar; the page re-renders the same', async () => {
    const ws = workspace();
    writeFileSync(
      join(ws, 'lhs.yaml'),
      `name: { en: Cost and opinion, zh: 成本与观点 }
description: { en: Which mix renovates most?, zh: 哪种组合改造最多？ }
scenario: tiny.yaml
factors:
  - { name: cost, path: residents.utility.costSensitivity, range: [0.5, 3] }
  - { name: mu, path: residents.opinion.mu, range: [0.1, 0.5] }
design: { type: lhs, points: 8 }
replicates: 2
seed: 4
indicators: [householdsRenovated, participation]
`,
    );
    const out = join(ws, 'out');
    const r = await cli(['sweep', join(ws, 'lhs.yaml'), '--workers', '1', '--out', out, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.name).toEqual({ en: 'Cost and opinion', zh: '成本与观点' });
    expect(manifest.description.en).toBe('Which mix renovates most?');
    expect(manifest.indicators).toEqual(['householdsRenovated', 'participation']);
    expect(manifest.calendar).toEqual({ start: '2024-07', end: '2025-12', keyYear: 2025 });
    expect(manifest.scenarioName.en).toBe('Tiny test city');
    const path = join(out, 'report.html');
    const written = readFileSync(path, 'utf8');
    expect(written).toContain('<h1 id="report-title">Cost and opinion</h1>');
    expect(written).toContain('<section id="headline" class="headline">');
    expect(written).toContain('Latin-hypercube design over cost 0.');
    expect(written).toContain('8 design points × 2 runs each = 16 runs of “Tiny test city”');
    expect(written).toContain('cut into 4 bins at the quartiles');
    // Only the two listed indicators get a section.
    expect(written.match(/<section id="indicator-/g)).toHaveLength(2);
    rmSync(path);
    expect((await cli(['report', out, '--quiet'])).code).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(written);
  }, 60_000);
});
