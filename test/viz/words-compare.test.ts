import { describe, expect, it } from 'vitest';
import { COMPARE_WORDS, cw } from '../../viz/words-compare.js';

const HAN = /\p{Script=Han}/u;

describe('the comparison report’s words', () => {
  it('has every word in English and Chinese, the Chinese written in Chinese, with the same placeholders', () => {
    const keys = Object.keys(COMPARE_WORDS.en) as (keyof typeof COMPARE_WORDS.en)[];
    expect(Object.keys(COMPARE_WORDS.zh).sort()).toEqual([...keys].sort());
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of keys) {
      expect(COMPARE_WORDS.en[k].trim(), k).not.toBe('');
      expect(COMPARE_WORDS.zh[k].trim(), k).not.toBe('');
      // Punctuation only: the list separator "、" and a row label "{indicator}（{scenario}）", a name "{id}（“{name}”）".
      if (k !== 'listSeparator' && k !== 'forestRow' && k !== 'named')
        expect(COMPARE_WORDS.zh[k], k).toMatch(HAN);
      expect(ph(COMPARE_WORDS.zh[k]), k).toEqual(ph(COMPARE_WORDS.en[k]));
    }
    expect(cw('zh', 'listSeparator')).toBe('、');
    expect(cw('en', 'pairs', { n: 19, runs: 20 })).toBe('19 of 20 pairs');
  });
});
