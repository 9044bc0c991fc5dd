/**
 * The optimisation report opens with its answer: how many non-dominated feasible mixes among how many
 * candidates, the front's extremes per objective with units and 95 % CIs (a re-evaluated survivor at
 * its latest values), how many candidates each constraint ruled out, whether the hypervolume stopped
 * improving; undefined values are "—", never 0; every word exists in English and Chinese; a bad
 * folder is refused naming the file; `cogov report` finds an optimisation folder by its manifest.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportInputError } from '../../sim/outputs/errors.js';
import { outputKind, writeOptimisationReport } from '../../viz/io/experiment-report.js';
import { parseOptimisation } from '../../viz/optimisation-data.js';
import { convergence, optimisationHeadline } from '../../viz/optimisation-headline.js';
import { frontTableHtml, optimisationPage } from '../../viz/optimisation.js';
import { OPTIMISATION_WORDS } from '../../viz/words-optimisation.js';
import { cogovInProcess as cli } from '../cli/helpers.js';
import { FLAT, manifest, ROWS, type Row, texts } from './optimisation-fixture.js';

const HAN = /\p{Script=Han}/u;

describe('optimisation outputs read back', () => {
  it('keeps each candidate at its latest evaluation and its first generation; marks the front', () => {
    const d = parseOptimisation(texts());
    expect(d.candidates.map((c) => c.id)).toEqual([1, 2, 3, 4, 5]);
    const two = d.candidates[1];
    expect(two.generation).toBe(0);
    expect(two.runs).toBe(6);
    expect(two.objectives[1].value).toBe(6100);
    expect(d.candidates.filter((c) => c.front).map((c) => c.id)).toEqual([1, 2]);
    expect(Number.isNaN(d.candidates[4].constraints[0])).toBe(true);
    expect(d.convergence).toHaveLength(6);
    expect(d.levers.map((l) => l.type)).toEqual(['real', 'boolean']);
  });

  it('refuses a folder that is not an optimisation’s, or a file that breaks the contract, naming it', () => {
    expect(() =>
      parseOptimisation({ ...texts(), manifest: JSON.stringify(manifest({ kind: 'sweep' })) }),
    ).toThrow(/manifest.json: kind is not "optimisation"/);
    const t = texts();
    expect(() =>
      parseOptimisation({ ...t, evaluations: t.evaluations.replace('feasible,', 'feasibel,') }),
    ).toThrow(/evaluations.csv: missing column\(s\) feasible/);
    expect(() =>
      parseOptimisation({ ...t, pareto: t.pareto.replace(/\n1,/, '\n99,').replace(/^0,1,/m, '0,99,') }),
    ).toThrow(ReportInputError);
    expect(() =>
      parseOptimisation({ ...t, evaluations: t.evaluations.replace(',true,0,1,', ',maybe,0,1,') }),
    ).toThrow(/evaluations.csv:2 .*"maybe" is not true or false/);
  });
});

/** The real outputs of `cogov optimize` on the tiny city (test/fixtures/optimisation/tiny-opt.yaml). */
function realFixture() {
  const read = (f: string) => readFileSync(join('test/fixtures/optimisation', f), 'utf8');
  return {
    manifest: read('manifest.json'),
    evaluations: read('evaluations.csv'),
    pareto: read('pareto.csv'),
    convergence: read('convergence.csv'),
  };
}

describe('optimisation headline', () => {
  it('on real outputs: candidates, runs, front, extremes, both constraints and convergence in words', () => {
    const files = realFixture();
    const data = parseOptimisation(files);
    const ids = new Set(
      files.evaluations
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[1]),
    );
    expect(data.candidates).toHaveLength(ids.size);
    const h = optimisationHeadline('en', data);
    expect(h.ran).toBe(
      'NSGA-II searched subsidy, ppp, sharingRule in “Tiny test city”, 2024-07 to 2027-12: 35 candidate mixes over an initial population and 5 generations of 8, 86 runs in all (2 per evaluation).',
    );
    const frontRows = files.pareto.trim().split('\n').length - 1;
    expect(h.answers[0]).toMatch(
      new RegExp(`^${frontRows} mixes are non-dominated .* among the 23 of 35 candidates`),
    );
    // Candidates 4 and 10 differ only in the subsidy and gave the same outcome on the same seeds.
    expect(h.answers[0]).toMatch(
      /candidates that meet every constraint\. They give only 7 distinct outcomes: mixes with the same outcome differ only in subsidy, which made no difference/,
    );
    expect(h.answers[1]).toMatch(
      /^Lowest “Public money committed”: subsidy = 4,619, ppp = off, sharingRule = floor-coefficients, giving Public money committed 6.31 million RMB \(95 % CI 4.81 to 7.81, n = 3 runs\)/,
    );
    expect(h.answers[2]).toMatch(
      /^Highest “Households renovated by the end of 2027”: subsidy = 7,546, ppp = on/,
    );
    expect(h.answers[3]).toBe(
      'Constraints: “Fire-safety compliance at the target’s deadline ≥ 100.0%” ruled out none (it did not bind); “Public money committed ≤ 15.0 million RMB” ruled out 12 of 35 candidates.',
    );
    expect(h.answers[4]).toMatch(/still grew by 21\.0 % over the last 2 generations/);
    expect(h.sure).toContain('survivors were re-evaluated on up to 3 replicates');
    const zh = optimisationHeadline('zh', data);
    expect(zh.answers[0]).toContain('更优）。这些组合只给出 7 种不同结果');
    expect(zh.answers[1]).toContain('已落实公共资金 631 万元（95%置信区间 481 至 781，n = 3 次运行）');
  });

  it('says how many non-dominated feasible mixes, the extremes with units and CIs, constraints and convergence', () => {
    const h = optimisationHeadline('en', parseOptimisation(texts()));
    expect(h.ran).toContain('6 candidate mixes'.replace('6', '5'));
    expect(h.ran).toContain('90 runs in all (3 per evaluation)');
    expect(h.ran).toContain('subsidy, ppp');
    const [front, cheap, most, constraints, conv] = h.answers;
    expect(front).toMatch(
      /^2 mixes are non-dominated .* among the 3 of 5 candidates that meet every constraint/,
    );
    expect(cheap).toBe(
      'Lowest “Public money committed”: subsidy = 5,000, ppp = on, giving Public money committed 310 million RMB (95 % CI 300 to 320, n = 3 runs); Households renovated by the end of 2027 4,120 households (95 % CI 4,000 to 4,240, n = 3 runs).',
    );
    // The survivor's re-evaluation (6 runs), not its first, lucky or not, draw.
    expect(most).toContain('Highest “Households renovated by the end of 2027”: subsidy = 30,000, ppp = on');
    expect(most).toContain('6,100 households (95 % CI 6,000 to 6,200, n = 6 runs)');
    expect(constraints).toContain(
      '“Fire-safety compliance at the target’s deadline ≥ 100.0%” ruled out 1 of 5 candidates',
    );
    expect(constraints).toContain(
      'ruled out 1 of 5 candidates and was undefined, so counted as broken, for 1 more.',
    );
    expect(conv).toMatch(/changed by 0\.4 % over the last 2 generations: the search had stopped improving/);
    expect(h.sure).toMatch(/common random numbers\), and survivors were re-evaluated on up to 6 replicates/);
    expect(h.sure).toMatch(/run-to-run randomness only/);
    expect(h.assumed).toContain('“Tiny town”');
  });

  it('judges convergence from the hypervolume of the last generations, and says when it cannot', () => {
    const grow: [number, number, number][] = FLAT.map(([r, hv, f], g) => [r, hv * (1 + g / 5), f]);
    const d = (gens: [number, number, number][]) => parseOptimisation(texts({ gens }));
    expect(convergence(d(FLAT)).state).toBe('converged');
    expect(convergence(d(grow)).state).toBe('improving');
    const fall: [number, number, number][] = FLAT.map(([r, hv, f], g) => [r, g === 5 ? hv * 0.8 : hv, f]);
    expect(convergence(d(fall)).state).toBe('fell');
    expect(optimisationHeadline('en', d(fall)).answers.at(-1)).toMatch(
      /^The hypervolume fell by 19\.7 % over the last 2 generations: re-evaluating survivors/,
    );
    expect(optimisationHeadline('en', d(grow)).answers.at(-1)).toMatch(/still grew by .* had not converged/);
    expect(convergence(d(FLAT.slice(0, 2))).state).toBe('tooFew');
    expect(optimisationHeadline('en', d(FLAT.slice(0, 2))).answers.at(-1)).toMatch(/too few to tell/);
    const none = FLAT.map(([r]) => [r, 0, 0] as [number, number, number]);
    expect(convergence(d(none)).state).toBe('noHypervolume');
  });

  it('with no feasible mix, says there is no front; the table and parallel chart say so too', () => {
    const rows: Row[] = ROWS.map((r) => ({ ...r, fire: 0.5, feasible: false, rank: 2 }));
    const data = parseOptimisation(texts({ rows, pareto: [], gens: FLAT.map(([r]) => [r, 0, 0]) }));
    const h = optimisationHeadline('en', data);
    expect(h.answers[0]).toMatch(/^None of the 5 candidates met every constraint, so there is no front/);
    expect(h.answers[1]).toContain('ruled out 5 of 5 candidates');
    expect(h.answers.at(-1)).toMatch(/No generation had a feasible front/);
    expect(frontTableHtml('en', data)).toContain('No mix met every constraint');
    const page = optimisationPage(data, 'en');
    const parallel = page.sections.flatMap((s) => s.charts).find((c) => c.id === 'parallel')!;
    expect(parallel.empty).toContain('No non-dominated mix');
    // A generation without a feasible front is a gap in the hypervolume line, not 0.
    const conv = page.sections.flatMap((s) => s.charts).find((c) => c.id === 'convergence')!;
    expect((conv.config.data.datasets[0].data as unknown as { y: number | null }[]).map((p) => p.y)).toEqual(
      FLAT.map(() => null),
    );
  });

  it('shows an undefined objective as "—", never 0, and takes the extreme among defined values', () => {
    const rows: Row[] = [...ROWS, { ...ROWS[0], generation: 3, candidate: 6, money: ['', '', '', ''] }];
    const data = parseOptimisation(texts({ rows, pareto: [1, 2, 6] }));
    const h = optimisationHeadline('en', data);
    expect(h.answers[0]).toMatch(/^3 mixes are non-dominated/);
    expect(h.answers[1]).toContain('subsidy = 5,000');
    expect(h.answers[1]).not.toContain('undefined');
    const table = frontTableHtml('en', data);
    expect(table).toContain('— (undefined: no run defines it)');
    expect(table).not.toMatch(/>0 RMB</);
  });

  it('says when ε-dominance thinned the front, with each objective’s ε in its unit', () => {
    const m = manifest() as { algorithm: Record<string, unknown> };
    const eps = { ...m, algorithm: { ...m.algorithm, epsilon: [1e7, 100] } };
    const h = optimisationHeadline('en', parseOptimisation(texts({ manifest: eps })));
    expect(h.answers[0]).toContain(
      'With ε-dominance the front keeps one mix per box of Public money committed 10.0 million RMB; Households renovated by the end of 2027 100 households',
    );
    const bad = { ...m, algorithm: { ...m.algorithm, epsilon: [1e7] } };
    expect(() => parseOptimisation(texts({ manifest: bad }))).toThrow(/algorithm.epsilon/);
  });

  it('states the robustness measure when the compared value is not the mean', () => {
    const m = manifest() as { objectives: Record<string, unknown>[]; uncertainties: unknown[] };
    m.objectives[0] = { ...m.objectives[0], robustness: 'p90' };
    const data = parseOptimisation(
      texts({
        manifest: { ...m, states: 8, uncertainties: [{ name: 'overrun', path: 'enterprises.overrun.mean' }] },
      }),
    );
    const h = optimisationHeadline('en', data);
    expect(h.ran).toContain('in each of 8 states of the world');
    expect(h.sure).toContain('same 8 states of the world (overrun)');
    expect(h.sure).toContain('the 90th percentile over states of the world of the mean over runs');
    // Without re-evaluation the headline warns that the front may rest on lucky draws.
    const once = { ...m, algorithm: { population: 4, generations: 6, replicates: 3, maxReplicates: 3 } };
    expect(optimisationHeadline('en', parseOptimisation(texts({ manifest: once }))).sure).toContain(
      'survivors were not re-evaluated (maxReplicates = replicates), so a front mix may owe its place to lucky draws',
    );
  });
});

describe('optimisation page', () => {
  it('has the scatter matrix, parallel coordinates, the table of non-dominated mixes and convergence', () => {
    const page = optimisationPage(parseOptimisation(texts()), 'en');
    expect(page.title).toBe('Least public money');
    expect(page.sections.map((s) => s.id)).toEqual([
      'front',
      'mixes',
      'convergence',
      'levers',
      'objectives',
      'methods',
      'settings',
    ]);
    const charts = page.sections.flatMap((s) => s.charts);
    expect(charts.map((c) => c.id)).toEqual(['pareto-0-1', 'parallel', 'convergence']);
    const [scatter] = charts;
    // Grey infeasible (2 with both objectives), faint feasible dominated (1), the front (2).
    expect(scatter.config.data.datasets.map((d) => d.data.length)).toEqual([2, 1, 2]);
    const table = page.sections[1].html;
    expect(table.match(/<tr>/g)).toHaveLength(3);
    expect(table.indexOf('310 million RMB')).toBeLessThan(table.indexOf('510 million RMB'));
  });

  it('speaks Chinese: every word in both languages, money in 亿元', () => {
    const keys = Object.keys(OPTIMISATION_WORDS.en) as (keyof typeof OPTIMISATION_WORDS.en)[];
    expect(Object.keys(OPTIMISATION_WORDS.zh).sort()).toEqual([...keys].sort());
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of keys) {
      expect(OPTIMISATION_WORDS.en[k].trim(), k).not.toBe('');
      expect(OPTIMISATION_WORDS.zh[k].trim(), k).not.toBe('');
      if (!['unknown', 'opGe', 'opLe', 'sep', 'listSep', 'objective'].includes(k))
        expect(OPTIMISATION_WORDS.zh[k], k).toMatch(HAN);
      expect(ph(OPTIMISATION_WORDS.zh[k]), k).toEqual(ph(OPTIMISATION_WORDS.en[k]));
    }
    const h = optimisationHeadline('zh', parseOptimisation(texts()));
    expect(h.answers[1]).toContain('3.10 亿元（95%置信区间 3.00 至 3.20，n = 3 次运行）');
    expect(h.answers[1]).toContain('ppp = 启用');
    expect(h.answers.join('')).not.toMatch(/[A-Za-z]{4,} [a-z]{4,}/);
  });
});

describe('cogov report on an optimisation folder', () => {
  it('is found by its manifest’s kind and written as report.html; a folder without a manifest is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cogov-opt-report-'));
    const t = texts();
    writeFileSync(join(dir, 'manifest.json'), t.manifest);
    writeFileSync(join(dir, 'evaluations.csv'), t.evaluations);
    writeFileSync(join(dir, 'pareto.csv'), t.pareto);
    writeFileSync(join(dir, 'convergence.csv'), t.convergence);
    expect(outputKind(dir)).toBe('optimisation');
    const out = writeOptimisationReport(dir, { lang: 'zh' });
    const html = readFileSync(out.path, 'utf8');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('帕累托前沿');
    const bare = join(dir, 'bare');
    mkdirSync(bare);
    writeFileSync(join(bare, 'evaluations.csv'), t.evaluations);
    expect(outputKind(bare)).toBe('optimisation');
    expect(() => writeOptimisationReport(bare)).toThrow(/manifest.json is missing/);
    expect(existsSync(join(bare, 'report.html'))).toBe(false);
  });

  it('cogov report re-renders it (exit 0); --png and a folder without its manifest exit 2, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cogov-opt-report-cli-'));
    const t = texts();
    writeFileSync(join(dir, 'manifest.json'), t.manifest);
    writeFileSync(join(dir, 'evaluations.csv'), t.evaluations);
    writeFileSync(join(dir, 'pareto.csv'), t.pareto);
    writeFileSync(join(dir, 'convergence.csv'), t.convergence);
    const ok = await cli(['report', dir, '--lang', 'zh', '--quiet']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('非支配政策组合');
    const png = await cli(['report', dir, '--png', '--quiet']);
    expect(png.code).toBe(2);
    const bare = join(dir, 'bare');
    mkdirSync(bare);
    writeFileSync(join(bare, 'evaluations.csv'), t.evaluations);
    const r = await cli(['report', bare, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('manifest.json is missing');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(bare, 'report.html'))).toBe(false);
  });
});
