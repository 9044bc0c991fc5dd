/**
 * `cogov slurm` without a cluster: the generated scripts by content, run under bash with a stand-in
 * cogov (`--cogov echo`) and a stand-in `sbatch` on PATH, the shell merge of sweep shards, and the
 * flag checks of the command (in-process). The real cluster is test/slurm (npm run test:slurm).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shardRange } from '../../sim/ensemble/plan.js';
import { type SlurmJob, slurmScripts } from '../../sim/cluster/slurm-scripts.js';
import { cogovInProcess } from './helpers.js';

const JOB: SlurmJob = {
  kind: 'run',
  file: '/data/my scenarios/city.yaml',
  out: '/scratch/cogov out/city',
  scriptDir: '/scratch/jobs/city',
  tasks: 3,
  runs: 10,
  seed: 7,
  workers: 4,
  cpus: 4,
  cogov: 'echo',
  jobName: 'cogov-city',
  partition: 'short',
  account: 'proj1',
  time: '01:30:00',
  mem: '8G',
};

function bash(script: string, env: Record<string, string> = {}, args: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'cogov-slurm-sh-'));
  const file = join(dir, 'script.sh');
  writeFileSync(file, script);
  const r = spawnSync('bash', [file, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** `cogov slurm ARGS` in-process. */
const cli = (args: string[]) => cogovInProcess(['slurm', ...args]);

describe('slurmScripts', () => {
  it('array task k runs shard k/K with --resume into OUT/shard-k, with the #SBATCH resources', () => {
    const s = slurmScripts(JOB);
    expect(s).toEqual(slurmScripts({ ...JOB }));
    for (const line of [
      '#SBATCH --job-name=cogov-city',
      '#SBATCH --array=1-3',
      '#SBATCH --cpus-per-task=4',
      '#SBATCH --partition=short',
      '#SBATCH --account=proj1',
      '#SBATCH --time=01:30:00',
      '#SBATCH --mem=8G',
      '#SBATCH --output=/scratch/jobs/city/logs/%x-%A_%a.out',
    ]) {
      expect(s.array.split('\n')).toContain(line);
    }
    for (const k of [1, 2, 3]) {
      const r = bash(s.array, { SLURM_ARRAY_TASK_ID: String(k) });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.split('\n')[1]).toBe(
        `run /data/my scenarios/city.yaml --runs 10 --seed 7 --workers 4 --shard ${k}/3 --out /scratch/cogov out/city/shard-${k} --resume`,
      );
    }
    expect(bash(s.array, { SLURM_ARRAY_TASK_ID: '4' }).code).toBe(2);
    const plain = bash(s.array, { SLURM_ARRAY_TASK_ID: '' });
    expect(plain.code).not.toBe(0);
    expect(plain.stderr).toMatch(/sbatch --array=1-3/);
  });

  it('the comment states the run indices of each task exactly as shardRange does', () => {
    const s = slurmScripts(JOB);
    expect(s.array).toContain('floor((k-1)*10/3) .. floor(k*10/3)-1');
    const sizes = [1, 2, 3].map((k) => shardRange(10, { k, n: 3 }));
    expect(sizes).toEqual([
      { first: 0, end: 3 },
      { first: 3, end: 6 },
      { first: 6, end: 10 },
    ]);
    expect(s.array).toContain('FNV-1a-32("cogov-run:<base seed>:<i>")');
  });

  it('the merge job merges all K shards in order into OUT; --trajectories reaches run and merge', () => {
    const s = slurmScripts({ ...JOB, trajectories: true });
    expect(s.merge).not.toContain('--array');
    expect(s.merge).toContain('#SBATCH --job-name=cogov-city-merge');
    const r = bash(s.merge);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      'merge /scratch/cogov out/city/shard-1 /scratch/cogov out/city/shard-2 /scratch/cogov out/city/shard-3 --out /scratch/cogov out/city --trajectories\n',
    );
    expect(bash(s.array, { SLURM_ARRAY_TASK_ID: '1' }).stdout).toContain(' --trajectories ');
  });

  it('submit.sh submits the array, then the merge with afterok on the array job id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cogov-slurm-submit-'));
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    // A stand-in sbatch: logs its arguments, answers like --parsable on a multi-cluster site.
    writeFileSync(
      join(bin, 'sbatch'),
      `#!/bin/bash\necho "$*" >>"${dir}/calls"\nn=$(wc -l <"${dir}/calls")\necho "$((100 + n));clusterA"\n`,
    );
    chmodSync(join(bin, 'sbatch'), 0o755);
    const s = slurmScripts({ ...JOB, scriptDir: join(dir, 'jobs') });
    const env = { PATH: `${bin}:${process.env['PATH']}` };
    const r = bash(s.submit, env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('submitted job array 101 (tasks 1-3) and merge job 102');
    const calls = readFileSync(join(dir, 'calls'), 'utf8').trim().split('\n');
    expect(calls).toEqual([
      `--parsable --array=1-3 ${dir}/jobs/array.sbatch`,
      `--parsable --dependency=afterok:101 --kill-on-invalid-dep=yes ${dir}/jobs/merge.sbatch`,
    ]);
    expect(statSync(join(dir, 'jobs', 'logs')).isDirectory()).toBe(true);
    const again = bash(s.submit, env, ['2,3']);
    expect(again.stdout).toContain('(tasks 2,3)');
    expect(readFileSync(join(dir, 'calls'), 'utf8')).toContain('--array=2,3 ');
  });

  it('a sweep: tasks run cogov sweep --shard; the merge concatenates points.csv in shard order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cogov-slurm-sweep-'));
    const sweep: SlurmJob = { ...JOB, kind: 'sweep', out: dir, runs: 5, tasks: 2, workers: 1 };
    const s = slurmScripts(sweep);
    expect(bash(s.array, { SLURM_ARRAY_TASK_ID: '2' }).stdout.split('\n')[1]).toBe(
      `sweep /data/my scenarios/city.yaml --shard 2/2 --out ${dir}/shard-2 --resume`,
    );
    expect(s.merge).not.toContain('sensitivity');
    const head = 'run,point,replicate,seed,x,y\n';
    mkdirSync(join(dir, 'shard-1'));
    mkdirSync(join(dir, 'shard-2'));
    writeFileSync(join(dir, 'shard-1', 'points.csv'), `${head}0,0,0,1,a,1\n1,0,1,2,a,2\n`);
    writeFileSync(join(dir, 'shard-2', 'points.csv'), `${head}2,1,0,1,b,3\n3,1,1,2,b,4\n`);
    for (const k of [1, 2]) writeFileSync(join(dir, `shard-${k}`, 'design.csv'), 'point,x\n0,a\n1,b\n');
    const short = bash(s.merge);
    expect(short.code).toBe(1);
    expect(short.stderr).toContain('the shards hold 4 runs, expected 5');
    writeFileSync(join(dir, 'shard-2', 'points.csv'), `${head}2,1,0,1,b,3\n3,1,1,2,b,4\n4,2,0,1,c,5\n`);
    const ok = bash(s.merge);
    expect(ok.code, ok.stderr).toBe(0);
    expect(readFileSync(join(dir, 'points.csv'), 'utf8')).toBe(
      `${head}0,0,0,1,a,1\n1,0,1,2,a,2\n2,1,0,1,b,3\n3,1,1,2,b,4\n4,2,0,1,c,5\n`,
    );
    expect(readFileSync(join(dir, 'design.csv'), 'utf8')).toBe('point,x\n0,a\n1,b\n');
    writeFileSync(join(dir, 'shard-2', 'design.csv'), 'point,x\n0,z\n');
    expect(bash(s.merge).stderr).toContain('design.csv differs');

    writeFileSync(join(dir, 'shard-2', 'design.csv'), 'point,x\n0,a\n1,b\n');
    const sens = slurmScripts({ ...sweep, sensitivity: true });
    const withSens = bash(sens.merge);
    expect(withSens.code, withSens.stderr).toBe(0);
    expect(withSens.stdout).toContain(`sensitivity /data/my scenarios/city.yaml --points ${dir}/points.csv`);
  });
});

describe('cogov slurm', () => {
  it('writes array.sbatch, merge.sbatch and an executable submit.sh with absolute paths', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cogov-slurm-cli-'));
    const r = await cli([
      'scenarios/demo-small.yaml',
      '--tasks',
      '4',
      '--seed',
      '3',
      '--out',
      join(dir, 'o'),
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('20 runs (seed 3) as 4 array tasks of 5 runs (task k = shard k/4)');
    const scripts = join(dir, 'o', 'slurm');
    expect(r.stdout).toContain(`submit with: bash ${scripts}/submit.sh`);
    expect(statSync(join(scripts, 'submit.sh')).mode & 0o111).not.toBe(0);
    expect(statSync(join(scripts, 'logs')).isDirectory()).toBe(true);
    const array = readFileSync(join(scripts, 'array.sbatch'), 'utf8');
    expect(array).toMatch(/ run \/\S+\/scenarios\/demo-small\.yaml --runs 20 --seed 3 --workers 1 \\/);
    expect(array).toMatch(/^exec \S*node\S* \/\S+\/bin\/cogov\.js run /m);
    expect(array).toContain(`out=${join(dir, 'o')}\n`);
    expect(array).toContain('# Generated by: cogov slurm ');
  });

  it('refuses bad requests with exit 2 and the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cogov-slurm-cli-'));
    const out = ['--out', join(dir, 'o')];
    const cases: [string[], RegExp][] = [
      [
        ['scenarios/demo-small.yaml', '--runs', '3', '--tasks', '4', ...out],
        /cannot split 3 runs into 4 tasks/,
      ],
      [['--tasks', '2', ...out], /either a scenario FILE or --sweep/],
      [['scenarios/demo-small.yaml', '--sweep', 'x.yaml', '--tasks', '2', ...out], /either a scenario FILE/],
      [['scenarios/demo-small.yaml', '--tasks', '2', '--time', '1h', ...out], /--time must be a Slurm time/],
      [['scenarios/demo-small.yaml', '--tasks', '2', '--partition', 'a b', ...out], /--partition/],
      [['scenarios/demo-small.yaml', '--tasks', '0', ...out], /--tasks must be an integer/],
      [
        ['scenarios/demo-small.yaml', '--tasks', '2', ...out, '--script-dir', join(dir, 'a b')],
        /choose one without blanks/,
      ],
      [['scenarios/demo-small.yaml', '--tasks', '2', '--cogov', 'a\nb', ...out], /--cogov must be one line/],
      [['test/fixtures/bad/unknown-key-typo.yaml', '--tasks', '2', ...out], /unknown-key-typo\.yaml:\d+:\d+/],
    ];
    for (const [args, why] of cases) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(why);
    }
  });

  it('--sweep takes runs and seed from the experiment and refuses --runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cogov-slurm-cli-'));
    writeFileSync(
      join(dir, 'tiny.yaml'),
      'name: { en: Tiny, zh: 微型 }\ndescription: { en: tiny, zh: 微型 }\ncalendar: { start: "2024-07", end: "2025-12", keyYear: 2025 }\ncity:\n  generate:\n    communities: 8\n',
    );
    writeFileSync(
      join(dir, 'grid.yaml'),
      'scenario: tiny.yaml\nfactors:\n  - name: ppp\n    path: enterprises.enabled\n    values: [false, true]\ndesign: { type: grid }\nreplicates: 3\nseed: 9\n',
    );
    const bad = await cli(['--sweep', join(dir, 'grid.yaml'), '--tasks', '2', '--runs', '5']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--runs do not apply/);
    const r = await cli(['--sweep', join(dir, 'grid.yaml'), '--tasks', '4', '--out', join(dir, 'o'), '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const array = readFileSync(join(dir, 'o', 'slurm', 'array.sbatch'), 'utf8');
    expect(array).toContain(
      `sweep ${join(dir, 'grid.yaml')} \\\n  --shard "$k/4" --out "$out/shard-$k" --resume`,
    );
    expect(array).toContain('the 6 runs (design points × replicates)');
    expect(readFileSync(join(dir, 'o', 'slurm', 'merge.sbatch'), 'utf8')).not.toContain('sensitivity');
  });
});
