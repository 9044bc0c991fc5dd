import { describe, expect, it } from 'vitest';
import { formatArg, formatWords } from '../../sim/cli/format.js';
import { PARQUET_MESSAGES, parquetMessage } from '../../sim/messages/parquet.js';

const HAN = /\p{Script=Han}/u;

describe('--format words', () => {
  it('has every message in English and Chinese, the Chinese written in Chinese', () => {
    const keys = Object.keys(PARQUET_MESSAGES.en) as (keyof typeof PARQUET_MESSAGES.en)[];
    expect(Object.keys(PARQUET_MESSAGES.zh).sort()).toEqual([...keys].sort());
    for (const k of keys) {
      expect(PARQUET_MESSAGES.en[k].trim(), k).not.toBe('');
      expect(PARQUET_MESSAGES.zh[k], k).toMatch(HAN);
      const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(ph(PARQUET_MESSAGES.zh[k]), k).toEqual(ph(PARQUET_MESSAGES.en[k]));
    }
    expect(parquetMessage('zh', 'badFormat', { value: 'x' })).toContain('"x"');
  });

  it('parses csv and parquet, refuses anything else, and records only parquet on a command line', () => {
    expect(formatArg()('csv')).toBe('csv');
    expect(formatArg()('parquet')).toBe('parquet');
    expect(() => formatArg()('Parquet')).toThrow('--format must be csv or parquet, not "Parquet"');
    expect(formatWords('csv')).toEqual([]);
    expect(formatWords(undefined)).toEqual([]);
    expect(formatWords('parquet')).toEqual(['--format', 'parquet']);
  });
});
