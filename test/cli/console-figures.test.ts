import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leversTable } from '../../sim/cli/levers.js';
import { LEVERS } from '../../sim/experiments/levers.js';
import { MORRIS_EXPERIMENT, TINY_YAML, workspace } from '../experiments/helpers.js';
import { cogovInProcess as cli } from './helpers.js';

/** The printed lines before the "wrote" line (paths may hold any digits). */
const body = (stdout: string) => stdout.slice(0, stdout.search(/^(wrote|已写入) /m));

describe('the console prints figures as the report does', () => {
  it('compare: money in million RMB / 万元, share differences in percentage points, counts and undefined differences', async () => {
    const ws = workspace();
    writeFileSync(
      join(ws, 'nosubsidy.yaml'),
      `${TINY_YAML}government:\n  householdSubsidy: { enabled: false }\n  upperTransfers: { enabled: false }\n`,
    );
    const files = [join(ws, 'tiny.yaml'), join(ws, 'nosubsidy.yaml')];
    const flags = ['--runs', '4', '--workers', '1', '--quiet'];
    const num = String.raw`[-+]?[\d,]+(\.\d+)?`;
    const interval = `${num} \\[${num}, ${num}\\]`;
    const en = await cli(['compare', ...files, ...flags, '--out', join(ws, 'en')]);
    expect(en.code).toBe(0);
    // --quiet prints nothing; the figures come without it.
    expect(en.stdout).toBe('');
    const enLoud = await cli([
      'compare',
      ...files,
      '--runs',
      '4',
      '--workers',
      '1',
      '--out',
      join(ws, 'en2'),
    ]);
    const enText = body(enLoud.stdout);
    expect(enText).toMatch(new RegExp(`^ {2}publicCommitted +${interval} million RMB$`, 'm'));
    // A difference with a desirable direction is marked by its interval: better or worse when the
    // interval excludes 0 (participation: higher is better), else not distinguishable.
    const part = enText.match(
      new RegExp(
        `^ {2}participation +(${num}) \\[(${num}), (${num})\\] percentage points( {2}better| {2}worse| {2}\\(not distinguishable from 0\\))$`,
        'm',
      ),
    );
    expect(part, enText).not.toBeNull();
    const [lo, hi] = [part![3], part![5]].map((x) => Number(x.replaceAll(',', '')));
    const mark = part![7].trim();
    expect(mark).toBe(lo > 0 ? 'better' : hi < 0 ? 'worse' : '(not distinguishable from 0)');
    // Public money has no better direction: its line carries no mark.
    expect(enText).toMatch(new RegExp(`^ {2}publicCommitted +${interval} million RMB$`, 'm'));
    expect(enText).toMatch(
      /^ {2}householdsRenovated +0 \[0, 0\] households {2}\(not distinguishable from 0\)$/m,
    );
    // Undefined on both sides: "—", not a difference that is "not distinguishable".
    expect(enText).toMatch(/^ {2}satisfaction +—$/m);
    // No raw figure such as "-17070000" or "0.1234" is left.
    expect(enText).not.toMatch(/\d{5,}|\d\.\d{4,}/);
    const zh = await cli([
      'compare',
      ...files,
      '--runs',
      '4',
      '--workers',
      '1',
      '--out',
      join(ws, 'zh'),
      '--lang',
      'zh',
    ]);
    expect(zh.code).toBe(0);
    const zhText = body(zh.stdout);
    expect(zhText).toMatch(new RegExp(`^ {2}已落实公共资金 +${interval} 万元$`, 'm'));
    expect(zhText).toMatch(
      new RegExp(
        `^ {2}意见征集参与率 +${interval} 个百分点( {2}更好| {2}更差| {2}（与 0 无显著差异）)$`,
        'm',
      ),
    );
    expect(zhText).toMatch(/^ {2}改造后居民满意度 +—$/m);
    expect(zhText).not.toMatch(/\d{5,}|\d\.\d{4,}/);
  });

  it('sensitivity: μ* of a money indicator in one display unit, said once', async () => {
    const ws = workspace();
    const exp = MORRIS_EXPERIMENT.replace(
      'indicators: [householdsRenovated, participation]',
      'indicators: [publicCommitted, participation]',
    );
    writeFileSync(join(ws, 'morris.yaml'), exp);
    const en = await cli(['sensitivity', join(ws, 'morris.yaml'), '--workers', '1', '--out', join(ws, 'en')]);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^ {2}publicCommitted: cost [\d.,]+, mu [\d.,]+ \(mu\*, million RMB\)$/m);
    expect(en.stdout).toMatch(/^ {2}participation: \w+ [\d.]+, \w+ [\d.]+ \(mu\*, %\)$/m);
    const zh = await cli([
      'sensitivity',
      join(ws, 'morris.yaml'),
      '--points',
      join(ws, 'en', 'points.csv'),
      '--out',
      join(ws, 'zh'),
      '--lang',
      'zh',
    ]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^ {2}已落实公共资金：cost [\d.,]+、mu [\d.,]+（mu\*，万元）$/m);
  });

  it('levers: effects with their unit, relative changes in %', () => {
    const ppp = LEVERS.find((l) => l.id === 'ppp')!;
    const d = {
      n: 3,
      mean: 35_200,
      sd: 1000,
      ci95: [30_400, 40_000] as [number, number],
      baselineMean: 100_000,
      relative: 0.352,
      distinguishable: true,
    };
    const effect = {
      lever: ppp,
      indicator: 'fiscalCostPerHousehold' as const,
      expected: 1 as const,
      difference: d,
    };
    const en = leversTable([{ ...effect, verdict: 'asExpected' }], 'en', 2025);
    expect(en).toContain('+35,200 [+30,400, +40,000] RMB per household');
    expect(en).toContain('+35.2%');
    const zh = leversTable([{ ...effect, verdict: 'asExpected' }], 'zh', 2025);
    expect(zh).toContain('+3.52 [+3.04, +4.00] 万元/户');
  });
});
