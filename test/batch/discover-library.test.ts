/** The library's `discover` (sim/index.ts): the call behind `cogov discover`, usable without the CLI. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiscoverInputError, DiscoverWhereError, discover } from '../../sim/index.js';
import { discoverHeadline } from '../../viz/discover-headline.js';
import { parseDiscovery } from '../../viz/discover-data.js';

/** A sweep-shaped folder: 64 points of two factors; the outcome fails where a > 0.5 and b is "x". */
function sweepFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cogov-discover-'));
  const rows = ['run,point,replicate,seed,a,b,fireComplianceAtDeadline'];
  for (let p = 0; p < 64; p++) {
    const a = (p % 16) / 15;
    const b = p < 32 ? 'x' : 'y';
    rows.push([p, p, 0, 100 + p, a, b, a > 0.5 && b === 'x' ? 0.7 : p === 63 ? '' : 1].join(','));
  }
  writeFileSync(join(dir, 'points.csv'), `${rows.join('\n')}\n`);
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      cogovVersion: 'test',
      seed: 2,
      factors: [{ name: 'a' }, { name: 'b' }],
      indicators: [],
    }),
  );
  return dir;
}

describe('discover (library)', () => {
  it('finds the box, counts undefined cases and writes nothing with out: null', () => {
    const dir = sweepFolder();
    const r = discover(dir, { where: 'fireComplianceAtDeadline < 1', out: null });
    expect(r.result.cases).toEqual({ read: 64, excluded: 1, used: 63, ofInterest: 16 });
    const step = r.result.trajectory.steps[r.result.chosen];
    expect(step.coverage).toBe(1);
    expect(step.density).toBe(1);
    expect(r.result.dimensions.map((d) => r.result.inputs[d.input].name)).toEqual(['a', 'b']);
    expect(r.manifest.parameters.seed).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['manifest.json', 'points.csv']);
  });

  it('throws errors a program can word in either language', () => {
    const dir = sweepFolder();
    expect(() => discover(dir, { where: 'nope < 1', out: null })).toThrow(DiscoverWhereError);
    try {
      discover(dir, { where: 'nope < 1', out: null });
    } catch (err) {
      expect((err as DiscoverWhereError).in('zh')).toMatch(/可用的列：fireComplianceAtDeadline/);
    }
    expect(() => discover(join(dir, 'missing'), { where: 'a < 1', out: null })).toThrow(DiscoverInputError);
    expect(() => discover(dir, { where: 'fireComplianceAtDeadline < 1', alpha: 0.9, out: null })).toThrow(
      /alpha must be a number \(0, 0\.5\], got "0\.9"/,
    );
    expect(existsSync(join(dir, 'discover'))).toBe(false);
  });

  it('writes files that read back into a report whose headline states the box with its counts', () => {
    const dir = sweepFolder();
    const out = join(dir, 'found');
    discover(dir, { where: 'fireComplianceAtDeadline < 1', out });
    const text = (f: string) => readFileSync(join(out, f), 'utf8');
    const data = parseDiscovery({
      boxes: text('boxes.csv'),
      limits: text('box-limits.csv'),
      tree: text('tree.csv'),
      manifest: text('manifest.json'),
    });
    expect(data.names).toEqual(['a', 'b']);
    expect(data.steps.filter((s) => s.chosen)).toHaveLength(1);
    const h = discoverHeadline('en', data);
    expect(h.answers[0]).toBe(
      'Of the 63 runs, 16 (25 %) meet the condition “fireComplianceAtDeadline < 1” (fireComplianceAtDeadline: Fire-safety compliance at the target’s deadline). 1 more was left out because the condition is undefined for it (an empty indicator).',
    );
    expect(h.answers[1]).toMatch(
      /^They concentrate where a ≥ 0\.533 and b is x: that box holds 16 of the 16 \(coverage 100 %\), and 16 of its 16 runs meet the condition \(density 100 %/,
    );
    expect(h.answers[2]).toBe('Every limit of the box is clearly needed (quasi-p-value < 0.05).');
    const zh = discoverHeadline('zh', data);
    expect(zh.answers[1]).toMatch(/覆盖率 100%/);
  });
});
