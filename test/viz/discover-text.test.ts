import { describe, expect, it } from 'vitest';
import { cartRules, cartTree } from '../../sim/analysis/cart.js';
import { limitText, ruleText } from '../../viz/discover-text.js';
import { DISCOVER_WORDS } from '../../viz/words-discover.js';

describe('discovery report words', () => {
  it('has every word in English and Chinese', () => {
    expect(Object.keys(DISCOVER_WORDS.zh).sort()).toEqual(Object.keys(DISCOVER_WORDS.en).sort());
  });

  it('writes box limits and merges a rule’s bounds on one input', () => {
    const range = { kind: 'numeric' as const, lo: 0, hi: 10 };
    expect(limitText('en', 'a', { kind: 'numeric', lo: 2, hi: 10 }, range)).toBe('a ≥ 2.00');
    expect(limitText('en', 'a', { kind: 'numeric', lo: 2, hi: 5 }, range)).toBe('2.00 ≤ a ≤ 5.00');
    expect(limitText('en', 'a', range, range)).toBe('');
    expect(
      limitText('zh', 'm', { kind: 'categorical', keep: ['x'] }, { kind: 'categorical', keep: ['x', 'y'] }),
    ).toBe('m 为 x');
    // x in 1..8, of interest at 7 and 8 only: the right-most leaf is x > 6.5 after x > 4.5.
    const x = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
    const y = Float64Array.from([0, 0, 0, 0, 0, 0, 1, 1]);
    const tree = cartTree([{ name: 'x', kind: 'numeric', values: x }], y, { maxDepth: 3 });
    const texts = cartRules(tree).map((r) => ruleText('en', r, ['x']));
    expect(texts[texts.length - 1]).toBe('x > 6.50');
    expect(texts.every((t) => (t.match(/x/g) ?? []).length === 1)).toBe(true);
  });
});
