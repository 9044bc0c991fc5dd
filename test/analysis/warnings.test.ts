import { describe, expect, it } from 'vitest';
import { makeRng } from '../../sim/kernel/rng.js';
import { saltelliSample, sobolIndices } from '../../sim/analysis/sobol.js';
import {
  isWarningCode,
  type SensitivityWarningCode,
  WARNING_TEMPLATES,
  warningText,
} from '../../sim/analysis/warnings.js';

const names = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

/** Each code with sample values and the English text of the warning before it had a code. */
const OLD: Record<SensitivityWarningCode, [Record<string, number | string>, string]> = {
  morrisTooSmall: [
    { trajectories: 3, min: 10 },
    'design too small for stable rankings: 3 trajectories (use ≥ 10)',
  ],
  morrisConstant: [{}, 'the output does not vary over the design'],
  sobolConstant: [{}, 'the output does not vary over the design: Sobol indices are undefined'],
  sobolRowsDropped: [{ dropped: 2, planned: 16 }, '2 of 16 base rows dropped for non-finite outputs'],
  sobolTooSmall: [
    { n: 64, min: 512 },
    'design too small for stable indices: n = 64 base rows (use n ≥ 512, a power of 2)',
  ],
  sobolWideIntervals: [
    { wide: 2, width: 0.2 },
    'design too small for stable indices: 2 factor(s) have a bootstrap 95 % interval wider than 0.2; increase n',
  ],
  // New with the ranking check (no text before it): pinned as first written.
  rankingNotSeparated: [
    { measure: 'μ*', factors: 'a / b', from: 1, to: 2 },
    'ranking not established: the 95 % intervals of μ* of a / b (ranks 1–2) overlap, so their order is not known; add trajectories or base rows',
  ],
  topIncludesZero: [
    { measure: 'ST', factor: 'a' },
    'the 95 % interval of ST of the top-ranked factor a includes 0: even its influence is not established',
  ],
};

describe('sensitivity warnings', () => {
  const codes = Object.keys(WARNING_TEMPLATES.en) as SensitivityWarningCode[];

  it('every code has English and Chinese with the same placeholders, and the Chinese is not English', () => {
    expect(Object.keys(WARNING_TEMPLATES.zh).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      const en = WARNING_TEMPLATES.en[code];
      const zh = WARNING_TEMPLATES.zh[code];
      expect(zh, code).not.toBe(en);
      expect(zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(names(zh), code).toEqual(names(en));
    }
    expect(isWarningCode('sobolTooSmall')).toBe(true);
    expect(isWarningCode('toString')).toBe(false);
  });

  it('the English texts are those of before the codes', () => {
    expect(Object.keys(OLD).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      const [vars, text] = OLD[code];
      expect(warningText('en', { code, vars }), code).toBe(text);
    }
    expect(warningText('zh', { code: 'sobolTooSmall', vars: OLD.sobolTooSmall[0] })).toBe(
      '设计规模太小，指数不稳定：n = 64 个基础行（建议 n ≥ 512，且为 2 的幂）',
    );
  });

  it('sobolIndices gives each warning as English text and as a code, in the same order', () => {
    const layout = saltelliSample(2, 16, 'sobol', makeRng(1, 'd'));
    const y = new Float64Array(16 * 4);
    for (let i = 0; i < y.length; i++) y[i] = layout.unit[i * 2] + 2 * layout.unit[i * 2 + 1] ** 2;
    y[5] = Number.NaN;
    const r = sobolIndices(layout, y, 50, makeRng(1, 'b'));
    expect(r.warningCodes.map((w) => w.code).slice(0, 2)).toEqual(['sobolRowsDropped', 'sobolTooSmall']);
    expect(r.warnings[0]).toBe('1 of 16 base rows dropped for non-finite outputs');
    expect(r.warnings[1]).toBe(
      'design too small for stable indices: n = 15 base rows (use n ≥ 512, a power of 2)',
    );
    expect(r.warnings).toEqual(r.warningCodes.map((w) => warningText('en', w)));
    expect(warningText('zh', r.warningCodes[0])).toBe('16 个基础行中有 1 个因输出不是有限值而被舍弃');

    const flat = sobolIndices(layout, new Float64Array(16 * 4).fill(3), 10, makeRng(1, 'b'));
    expect(flat.warningCodes).toEqual([{ code: 'sobolConstant', vars: {} }]);
    expect(flat.warnings).toEqual(['the output does not vary over the design: Sobol indices are undefined']);
  });
});
