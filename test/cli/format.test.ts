import { describe, expect, it } from 'vitest';
import { formatArg, formatWords } from '../../sim/cli/format.js';
import { type SlurmJob, slurmScripts } from '../../sim/cluster/slurm-scripts.js';
import { cogovInProcess } from './helpers.js';
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

describe('cogov slurm --format', () => {
  const job: SlurmJob = {
    kind: 'run',
    file: '/data/city.yaml',
    out: '/scratch/city',
    scriptDir: '/scratch/jobs',
    tasks: 2,
    runs: 4,
    seed: 7,
    workers: 1,
    cpus: 1,
    cogov: 'cogov',
    jobName: 'cogov-city',
  };

  it('passes --format parquet to every task and to the merge, and nothing for csv', () => {
    const pq = slurmScripts({ ...job, format: 'parquet' });
    expect(pq.array).toMatch(/--shard "\$k\/2" --format parquet --out/);
    expect(pq.merge).toMatch(/merge "\$\{shards\[@\]\}" --out "\$out" --format parquet$/m);
    const csv = slurmScripts({ ...job, format: 'csv' });
    expect(csv.array + csv.merge).not.toContain('--format');
    expect(csv).toEqual(slurmScripts(job));
  });

  it('refuses --format with --sweep (sweep shards are merged from points.csv)', async () => {
    const r = await cogovInProcess(['slurm', '--sweep', 'x.yaml', '--tasks', '2', '--format', 'parquet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format');
  });
});
