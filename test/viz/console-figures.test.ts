import { describe, expect, it } from 'vitest';
import { countFigure, differenceFigure, relativeFigure, scoresFigure } from '../../viz/console-figures.js';

describe('console figures follow the report’s number rules', () => {
  it('money differences in 亿元/万元 and billion/million RMB, about three significant digits, signed', () => {
    const ci: [number, number] = [1.539e9, 1.566e9];
    expect(differenceFigure('zh', 'RMB', 1.552e9, ci)).toBe('+15.5 [+15.4, +15.7] 亿元');
    expect(differenceFigure('en', 'RMB', 1.552e9, ci)).toBe('+1.55 [+1.54, +1.57] billion RMB');
    expect(differenceFigure('zh', 'RMB/household', -35_200, [-40_000, -30_400])).toBe(
      '-3.52 [-4.00, -3.04] 万元/户',
    );
    expect(differenceFigure('en', 'RMB (cumulative)', -17_070_000, [-21_570_000, -12_560_000])).toBe(
      '-17.1 [-21.6, -12.6] million RMB (cumulative)',
    );
  });

  it('differences of shares in percentage points, counts with grouping, undefined as "—"', () => {
    expect(differenceFigure('en', 'share', 0.123, [0.027, 0.218])).toBe(
      '+12.3 [+2.7, +21.8] percentage points',
    );
    expect(differenceFigure('zh', 'share', 0.123, [0.027, 0.218])).toBe('+12.3 [+2.7, +21.8] 个百分点');
    expect(differenceFigure('zh', 'households', 1234, [-20, 2488])).toBe('+1,234 [-20, +2,488] 户');
    expect(differenceFigure('en', 'households', 0, [0, 0])).toBe('0 [0, 0] households');
    expect(differenceFigure('en', 'RMB', Number.NaN, [Number.NaN, Number.NaN])).toBe('—');
    expect(differenceFigure('en', 'index', 0.656, [Number.NaN, Number.NaN])).toBe('+0.656 [—, —] index');
    // A positive value that rounds to 0 takes no "+".
    expect(differenceFigure('en', 'households', 0.2, [-1000, 1000])).toBe('0 [-1,000, +1,000] households');
    expect(relativeFigure('zh', -0.917)).toBe('-91.7%');
    expect(relativeFigure('en', 0.0141)).toBe('+1.4%');
    expect(relativeFigure('en', Number.NaN)).toBe('—');
    expect(countFigure('en', 1200)).toBe('1,200');
    expect(countFigure('zh', 100000)).toBe('100,000');
  });

  it('scores of one indicator share one display unit, said once', () => {
    expect(scoresFigure('zh', 'RMB', [1.01e8, 5.2e7])).toEqual({ texts: ['1.01', '0.52'], label: '亿元' });
    expect(scoresFigure('en', 'RMB', [1.01e8, 5.2e7])).toEqual({
      texts: ['101', '52'],
      label: 'million RMB',
    });
    expect(scoresFigure('en', '', [0.512, 0.03])).toEqual({ texts: ['0.512', '0.030'], label: '' });
  });
});
