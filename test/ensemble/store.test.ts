import { appendFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShard, planRuns, shardRange } from '../../sim/ensemble/plan.js';
import {
  decodeRecord,
  encodeRecord,
  RecordAppender,
  type RecordLayout,
  RecordReader,
  recordBytes,
} from '../../sim/ensemble/store.js';
import { runSeed } from '../../sim/kernel/rng.js';

const layout: RecordLayout = { indicators: 3, metrics: 2, ticks: 4 };
const record = (index: number) => ({
  index,
  seed: runSeed(1, index),
  indicators: Float64Array.of(index, -1.5, Number.NaN),
  values: Float64Array.from({ length: 8 }, (_, i) => index * 100 + i + 0.25),
});

describe('run records', () => {
  it('round-trip bit for bit', () => {
    const r = record(7);
    const back = decodeRecord(layout, encodeRecord(layout, r))!;
    expect(back.index).toBe(7);
    expect(back.seed).toBe(r.seed);
    expect(Array.from(back.values)).toEqual(Array.from(r.values));
    expect(back.indicators[2]).toBeNaN();
  });

  it('refuse a flipped bit', () => {
    const bytes = encodeRecord(layout, record(1));
    bytes[40] ^= 1;
    expect(decodeRecord(layout, bytes)).toBeUndefined();
  });

  it('a torn last record is cut off when repairing, and refused otherwise', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cogov-store-')), 'runs.bin');
    const w = new RecordAppender(path, layout);
    for (const i of [2, 0, 1]) w.append(record(i));
    w.close();
    appendFileSync(path, encodeRecord(layout, record(3)).subarray(0, 50));
    expect(() => RecordReader.open(path, layout, false)).toThrow(/after the last valid run record/);
    const r = RecordReader.open(path, layout, true);
    expect([...r.index.offsets.keys()]).toEqual([2, 0, 1]);
    expect(r.read(1).values[0]).toBe(100.25);
    r.close();
    expect(statSync(path).size).toBe(3 * recordBytes(layout));
    // A corrupt record in the middle ends the valid prefix there.
    const buf = new Uint8Array(readFileSync(path));
    buf[recordBytes(layout) + 30] ^= 0xff;
    writeFileSync(path, buf);
    const r2 = RecordReader.open(path, layout, true);
    expect([...r2.index.offsets.keys()]).toEqual([2]);
    r2.close();
  });
});

describe('plan', () => {
  it('shards are contiguous blocks covering every run exactly once', () => {
    for (const runs of [1, 7, 20, 1001]) {
      for (const n of [1, 2, 3, 7].filter((x) => x <= runs)) {
        let next = 0;
        for (let k = 1; k <= n; k++) {
          const r = shardRange(runs, { k, n });
          expect(r.first).toBe(next);
          expect(r.end - r.first).toBeGreaterThanOrEqual(Math.floor(runs / n));
          expect(r.end - r.first).toBeLessThanOrEqual(Math.ceil(runs / n));
          next = r.end;
        }
        expect(next).toBe(runs);
      }
    }
    expect(shardRange(10, { k: 4, n: 10 })).toEqual({ first: 3, end: 4 });
  });

  it('parses k/n and refuses the rest', () => {
    expect(parseShard('2/3')).toEqual({ k: 2, n: 3 });
    for (const bad of ['0/3', '4/3', '1/0', 'a/b', '1', '1/2/3', '-1/2'])
      expect(parseShard(bad)).toBeUndefined();
  });

  it('seeds depend on (base seed, run index) only', () => {
    const all = planRuns(42, { first: 0, end: 10 }, () => false);
    const some = planRuns(42, { first: 0, end: 10 }, (i) => i % 3 === 0);
    expect(some.map((p) => p.index)).toEqual([1, 2, 4, 5, 7, 8]);
    for (const p of some) expect(p.seed).toBe(all[p.index].seed);
    expect(new Set(all.map((p) => p.seed)).size).toBe(10);
  });
});
