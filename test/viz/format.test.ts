import { describe, expect, it } from 'vitest';
import { digitsFor, displayUnit, formatNumber, formatValue } from '../../viz/format.js';

describe('number formats', () => {
  it('money in Chinese uses 元, 万元 and 亿元', () => {
    expect(formatValue('zh', 'RMB', 850)).toBe('850 元');
    expect(formatValue('zh', 'RMB/household', 35_200)).toBe('3.52 万元/户');
    expect(formatValue('zh', 'RMB (cumulative)', 123_456_789)).toBe('1.23 亿元（累计）');
    expect(formatValue('zh', 'RMB/month', 12_345_678)).toBe('1,235 万元/月');
  });

  it('money in English uses RMB, million RMB and billion RMB', () => {
    expect(formatValue('en', 'RMB/household', 35_200)).toBe('35,200 RMB per household');
    expect(formatValue('en', 'RMB', 2_500_000)).toBe('2.50 million RMB');
    expect(formatValue('en', 'RMB (cumulative)', 3.2e9)).toBe('3.20 billion RMB (cumulative)');
  });

  it('shares are percentages; other units keep their words', () => {
    expect(formatValue('en', 'share', 0.654)).toBe('65.4%');
    expect(formatValue('zh', 'share/year', 0.0712)).toBe('7.1%/年');
    expect(formatValue('en', 'share', 0.98)).toBe('98.0%');
    expect(formatValue('en', 'share', 0.004)).toBe('0.40%');
    expect(formatValue('zh', 'households', 4325)).toBe('4,325 户');
    expect(formatValue('en', 'months', 2.5)).toBe('2.50 months');
    expect(formatValue('en', 'no such unit', 3)).toBe('3.00 no such unit');
  });

  it('a row or chart shares one display unit chosen by its largest value', () => {
    const d = displayUnit('zh', 'RMB', 2e8);
    expect(d).toEqual({ factor: 1e-8, digits: 2, label: '亿元' });
    expect(displayUnit('en', 'RMB/month', 5e5).label).toBe('RMB per month');
  });

  it('digits keep about three significant figures; NaN prints as a dash; no negative zero', () => {
    expect([digitsFor(1234), digitsFor(45.6), digitsFor(4.56), digitsFor(0.456), digitsFor(0)]).toEqual([
      0, 1, 2, 3, 0,
    ]);
    expect(formatValue('zh', 'RMB', 0)).toBe('0 元');
    expect(formatNumber('en', Number.NaN, 2)).toBe('—');
    expect(formatNumber('zh', -0.0001, 2)).toBe('0.00');
    expect(formatNumber('zh', 1234567.891, 1)).toBe('1,234,567.9');
  });
});
