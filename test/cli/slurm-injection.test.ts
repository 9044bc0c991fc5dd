/**
 * Shell injection (issue 16, class 4): a hostile scenario path or `--out` folder (a newline, `$(…)`,
 * backticks, quotes, semicolons, other control characters) must never become a command of the
 * generated Slurm scripts. The library quotes every path on one line; `cogov slurm` refuses paths
 * with control characters (exit 2, English and Chinese). The scripts are parsed by `bash -n` and run
 * with a stand-in cogov and sbatch that record their arguments; the payload must never run.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shellQuote } from '../../sim/cluster/shell.js';
import { type SlurmJob, slurmScripts } from '../../sim/cluster/slurm-scripts.js';
import { cogovInProcess, hasStackTrace } from './helpers.js';

/** Hostile tails of a path, each trying to run `touch MARK`. */
function payloads(mark: string): string[] {
  return [
    `x\ntouch ${mark}\n#`,
    `x\r\ntouch ${mark}`,
    `x$(touch ${mark})`,
    `x\`touch ${mark}\``,
    `x'; touch ${mark}; '`,
    `x"; touch ${mark}; "`,
    `x;touch ${mark}`,
    `x && touch ${mark} #`,
    `x\t\u001b]0;$(touch ${mark})\u0007\u0085`,
    `x\\\ntouch ${mark}`,
  ];
}

/** A folder with a stand-in cogov and sbatch that write their arguments, NUL-separated, to `calls`. */
function standIns(): { dir: string; cogov: string; calls: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cogov-slurm-inj-'));
  const calls = join(dir, 'calls');
  const recorder = `#!/bin/bash\nprintf '%s\\0' "$(basename "$0")" "$@" >>${shellQuote(calls)}\nprintf '\\n' >>${shellQuote(calls)}\necho "100;cluster"\n`;
  for (const name of ['cogov-stub', 'sbatch']) {
    writeFileSync(join(dir, name), recorder);
    chmodSync(join(dir, name), 0o755);
  }
  return { dir, cogov: join(dir, 'cogov-stub'), calls, path: `${dir}:${process.env.PATH}` };
}

function bash(args: string[], env: Record<string, string>) {
  const r = spawnSync('bash', args, { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The recorded calls: one list of arguments (program name first) per call. */
function recorded(calls: string): string[][] {
  if (!existsSync(calls)) return [];
  return readFileSync(calls, 'utf8')
    .split('\0\n')
    .filter((c) => c !== '')
    .map((c) => c.split('\0'));
}

describe('generated Slurm scripts with hostile paths', () => {
  it.each([
    ['run', 'file'],
    ['run', 'out'],
    ['sweep', 'file'],
    ['sweep', 'out'],
  ] as const)('a %s job with a hostile %s never runs the payload', (kind, field) => {
    const s = standIns();
    const mark = join(s.dir, 'PWNED');
    for (const tail of payloads(mark)) {
      const job: SlurmJob = {
        kind,
        file: join(s.dir, 'city.yaml'),
        out: join(s.dir, 'out'),
        scriptDir: join(s.dir, 'scripts'),
        tasks: 2,
        runs: 4,
        seed: 1,
        workers: 1,
        cpus: 1,
        cogov: s.cogov,
        jobName: 'cogov-city',
        sensitivity: kind === 'sweep',
      };
      job[field] = join(s.dir, tail);
      job.command = ['cogov', 'slurm', job.file, '--out', job.out].map(shellQuote).join(' ');
      const scripts = slurmScripts(job);
      const plain = slurmScripts({ ...job, [field]: join(s.dir, 'plain'), command: 'cogov slurm' });
      for (const name of ['array', 'merge', 'submit'] as const) {
        // The path adds no line to any script, and bash parses every script.
        expect(scripts[name].split('\n').length, `${name} ${JSON.stringify(tail)}`).toBe(
          plain[name].split('\n').length,
        );
        const file = join(s.dir, `${name}.sh`);
        writeFileSync(file, scripts[name]);
        expect(bash(['-n', file], {}).code, `bash -n ${name} ${JSON.stringify(tail)}`).toBe(0);
      }
      writeFileSync(s.calls, '');
      bash([join(s.dir, 'array.sh')], { SLURM_ARRAY_TASK_ID: '1', PATH: s.path });
      bash([join(s.dir, 'merge.sh')], { PATH: s.path });
      bash([join(s.dir, 'submit.sh')], { PATH: s.path });
      expect(existsSync(mark), `payload ran for ${JSON.stringify(tail)}`).toBe(false);
      // The stand-in cogov received the hostile path as one exact argument.
      const cogovCalls = recorded(s.calls).filter((c) => c[0] === 'cogov-stub');
      expect(cogovCalls.length).toBeGreaterThan(0);
      const task = cogovCalls[0];
      if (field === 'file') expect(task[2]).toBe(job.file);
      else expect(task).toContain(`${job.out}/shard-1`);
    }
  });

  it('shellQuote gives one line that bash reads back as the same word', () => {
    const s = standIns();
    for (const word of [...payloads(join(s.dir, 'PWNED')), '', 'plain/path.yaml', "it's", '中文 路径']) {
      const quoted = shellQuote(word);
      expect(quoted).not.toMatch(/[\n\r]/);
      const r = bash(['-c', `printf '%s' ${quoted}`], {});
      expect(r.stdout).toBe(word);
    }
    expect(existsSync(join(s.dir, 'PWNED'))).toBe(false);
  });
});

describe('cogov slurm refuses paths with control characters', () => {
  it.each([
    ['--out', 'out\ntouch PWNED #'],
    ['--out', 'out\rx'],
    ['--out', 'out\u001bx'],
    ['--script-dir', 'scripts\u0007'],
    ['file', 'city\ntouch PWNED #.yaml'],
    ['--sweep', 'exp\ttouch.yaml'],
  ])('%s %j: exit 2 in English and Chinese, nothing written', async (where, name) => {
    const dir = mkdtempSync(join(tmpdir(), 'cogov-slurm-inj-cli-'));
    const hostile = join(dir, name);
    if (where === 'file' || where === '--sweep') {
      writeFileSync(hostile, readFileSync('scenarios/demo-small.yaml', 'utf8'));
    }
    const args =
      where === 'file'
        ? [hostile, '--tasks', '2', '--out', join(dir, 'o')]
        : where === '--sweep'
          ? ['--sweep', hostile, '--tasks', '2', '--out', join(dir, 'o')]
          : ['scenarios/demo-small.yaml', '--tasks', '2', '--out', join(dir, 'o'), where, hostile];
    const before = readdirSync(dir).sort();
    const en = await cogovInProcess(['slurm', ...args]);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/holds a control character/);
    expect(en.stderr).toContain(JSON.stringify(hostile));
    expect(hasStackTrace(en.stderr)).toBe(false);
    const zh = await cogovInProcess(['slurm', ...args, '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(/含有控制字符/);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});
