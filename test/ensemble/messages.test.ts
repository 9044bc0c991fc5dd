import { describe, expect, it } from 'vitest';
import { EnsembleInputError } from '../../sim/ensemble/errors.js';
import { ENSEMBLE_MESSAGES, type EnsembleErrorCode, ensembleMsg } from '../../sim/ensemble/messages.js';

const names = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

/**
 * Each code with sample values and the English text the library threw before the messages had codes
 * (built here with the old template literals), so `message` stays the same bytes.
 */
const OLD: Record<EnsembleErrorCode, [Record<string, string | number>, string]> = {
  noShards: [{}, 'merge needs at least one shard folder'],
  outIsShard: [{ out: 'o' }, 'the output folder o is one of the shards'],
  manifestNotFound: [
    { path: 's/manifest.json' },
    's/manifest.json: not found; expected the output folder of "cogov run --shard k/n"',
  ],
  manifestUnreadable: [
    { path: 's/manifest.json' },
    's/manifest.json: unreadable; expected the output folder of "cogov run --shard k/n"',
  ],
  notShard: [{ dir: 'r' }, 'r is not a shard output (no shard in manifest.json, or no values.bin)'],
  shardsDiffer: [
    { key: 'seed', first: '42', firstDir: 's1', value: '9', dir: 's3' },
    'shards do not belong together: seed is 42 in s1 but 9 in s3',
  ],
  shardCountsDiffer: [
    { firstDir: 's1', firstN: 3, dir: 's4', n: 4 },
    'shards do not belong together: s1 is one of 3 shards, s4 one of 4',
  ],
  otherLayout: [
    { dir: 's3', layout: '99m-1k-0', expected: '40m-6k-1' },
    's3 was written by a build with other metrics or key indicators (99m-1k-0; this build writes 40m-6k-1): rerun the shard with this build',
  ],
  unknownLayout: [
    { dir: 's3', expected: '40m-6k-1' },
    's3 was written by a build with other metrics or key indicators (unknown; this build writes 40m-6k-1): rerun the shard with this build',
  ],
  otherVersion: [
    { version: '0.0.1', current: '0.1.0' },
    'shards were made by cogov 0.0.1; this is cogov 0.1.0',
  ],
  shardTwice: [{ shard: '2/3', first: 'a', second: 'b' }, 'shard 2/3 given twice: a and b'],
  missingShard: [{ shards: '3/3' }, 'missing shard 3/3'],
  missingShards: [{ shards: '2/3, 3/3' }, 'missing shards 2/3, 3/3'],
  valuesDamaged: [{ dir: 's1', detail: 'x' }, 's1: values.bin is damaged (x)'],
  valuesLacksRun: [{ dir: 's1', run: 4, shard: '2/3' }, 's1: values.bin lacks run 4 of shard 2/3'],
  valuesOutside: [{ dir: 's1', shard: '2/3' }, 's1: values.bin holds runs outside shard 2/3'],
  journalOther: [
    { dir: 'o/.journal', key: 'seed', was: '42', now: '7' },
    'cannot resume: the journal in o/.journal belongs to another ensemble (seed 42, now 7); run without --resume to start over',
  ],
  journalUnreadable: [
    { path: 'o/.journal/meta.json', detail: 'bad JSON' },
    'cannot resume: o/.journal/meta.json is unreadable (bad JSON); run without --resume to start over',
  ],
  intRange: [
    { name: 'runs', min: 1, max: 100, value: 0 },
    'runs must be an integer between 1 and 100, got 0',
  ],
  journalInvalid: [
    { path: 'o/.journal/meta.json', field: '(root)', got: 'null' },
    'cannot resume: o/.journal/meta.json is damaged: (root) is null, not what cogov writes; run without --resume to start over',
  ],
  journalMissing: [
    { path: 'o/.journal/meta.json', field: 'seed' },
    'cannot resume: o/.journal/meta.json is damaged: seed is missing; run without --resume to start over',
  ],
  manifestInvalid: [
    { path: 's1/manifest.json', field: 'runs', got: '"8"' },
    's1/manifest.json is damaged: runs is "8", not what "cogov run --shard k/n" writes; rerun that shard',
  ],
  manifestMissing: [
    { path: 's1/manifest.json', field: 'calendar' },
    's1/manifest.json is damaged: calendar is missing; rerun that shard with "cogov run --shard k/n"',
  ],
};

describe('ensemble error messages', () => {
  const codes = Object.keys(ENSEMBLE_MESSAGES.en) as EnsembleErrorCode[];

  it('every code has English and Chinese with the same placeholders, and the Chinese is not English', () => {
    expect(Object.keys(ENSEMBLE_MESSAGES.zh).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      const en = ENSEMBLE_MESSAGES.en[code];
      const zh = ENSEMBLE_MESSAGES.zh[code];
      expect(zh, code).not.toBe(en);
      expect(zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(zh, code).not.toMatch(/[:;,(]\s/);
      expect(names(zh), code).toEqual(names(en));
    }
  });

  it('the English message of each error is the text it had before codes', () => {
    expect(Object.keys(OLD).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      const [vars, text] = OLD[code];
      const err = new EnsembleInputError(code, vars);
      expect(err.message, code).toBe(text);
      expect(err.in('en'), code).toBe(text);
      expect(err.name).toBe('EnsembleInputError');
      expect(err.code).toBe(code);
    }
  });

  it('says the same problem in Chinese with the same paths and values', () => {
    const err = new EnsembleInputError('shardsDiffer', OLD.shardsDiffer[0]);
    expect(err.in('zh')).toBe('分片不属于同一集合运行：seed 在 s1 中为 42，在 s3 中却为 9');
    expect(ensembleMsg('zh', 'missingShards', { shards: '2/3, 3/3' })).toBe('缺少分片 2/3, 3/3');
    expect(ensembleMsg('en', 'outIsShard')).toBe('the output folder {out} is one of the shards');
  });
});
