import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { argvLang } from '../../sim/cli/main.js';
import { CLI_KEYS, msg, PARTS } from '../../sim/messages/catalog.js';
import { MORRIS_EXPERIMENT, TINY_YAML, workspace } from '../experiments/helpers.js';
import { cogov } from './helpers.js';

const MORRIS = MORRIS_EXPERIMENT;

/** A workspace with tiny.yaml (English), tiny-zh.yaml (Chinese) and Morris experiments over each. */
function experiments(): string {
  const ws = workspace();
  writeFileSync(join(ws, 'tiny-zh.yaml'), `${TINY_YAML}language: zh\n`);
  writeFileSync(join(ws, 'morris.yaml'), MORRIS);
  writeFileSync(join(ws, 'morris-zh.yaml'), MORRIS.replace('tiny.yaml', 'tiny-zh.yaml'));
  return ws;
}

const tmp = () => mkdtempSync(join(tmpdir(), 'cogov-msg-'));

describe('the CLI speaks English and Chinese', () => {
  it('every message exists in both languages with the same placeholders (English plurals aside)', () => {
    for (const key of CLI_KEYS) {
      const en = msg('en', key);
      const zh = msg('zh', key);
      expect(zh, key).not.toBe(en);
      const names = (s: string) =>
        [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((n) => !n.endsWith('Plural'));
      expect(names(zh).sort(), key).toEqual(names(en).sort());
    }
  });

  it('no key is in two message files (a repeated key would silently replace the other)', () => {
    const count = PARTS.reduce((n, part) => n + Object.keys(part.EN).length, 0);
    expect(count).toBe(CLI_KEYS.length);
    for (const part of PARTS) expect(Object.keys(part.ZH).sort()).toEqual(Object.keys(part.EN).sort());
  });

  it('finds --lang on the command line for the errors of flags parsed before it', () => {
    expect(argvLang(['run', 'a.yaml', '--runs', 'x', '--lang', 'zh'])).toBe('zh');
    expect(argvLang(['run', '--lang=zh'])).toBe('zh');
    expect(argvLang(['run', '--lang', 'fr'])).toBeUndefined();
    expect(argvLang(['run', '--', '--lang', 'zh'])).toBeUndefined();
    const r = cogov(['run', 'scenarios/demo-small.yaml', '--runs', '0', '--out', tmp(), '--lang', 'zh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--runs 必须是 1 到 100000 之间的整数，收到 "0"');
  });

  it('run prints its summary in the scenario language or --lang', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cogov-msg-')), 'o');
    const zh = cogov([
      'run',
      'scenarios/demo-small.yaml',
      '--runs',
      '2',
      '--workers',
      '1',
      '--out',
      out,
      '--lang',
      'zh',
    ]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/种子 42，1 个工作线程：2 次运行用时/);
    expect(zh.stdout).toContain('已写入');
    expect(zh.stderr).toMatch(/运行 2\/2/);
    const en = cogov(['run', 'scenarios/demo-small.yaml', '--runs', '2', '--workers', '1', '--out', out]);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/seed 42, 1 worker: 2 runs in/);
  });

  it('validate speaks Chinese with --lang zh', () => {
    const r = cogov(['validate', 'scenarios/demo-small.yaml', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('scenarios/demo-small.yaml：有效');
  });
});

describe('every command speaks Chinese with --lang zh and keeps its English without it', () => {
  it('merge: summary and "wrote" line; its usage errors', () => {
    const dir = tmp();
    for (const k of [1, 2]) {
      const shard = ['run', 'scenarios/demo-small.yaml', '--runs', '2', '--shard', `${k}/2`];
      const r = cogov([...shard, '--workers', '1', '--quiet', '--out', join(dir, `s${k}`)]);
      expect(r.code).toBe(0);
    }
    const shards = [join(dir, 's1'), join(dir, 's2')];
    const zh = cogov(['merge', ...shards, '--out', join(dir, 'zh'), '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('已合并 2 个分片：demo-small 的 2 次运行（种子 42）\n已写入 ');
    const en = cogov(['merge', ...shards, '--out', join(dir, 'en')]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('merged 2 shards: 2 runs of demo-small (seed 42)\nwrote ');
    const missing = cogov(['merge', shards[0], '--out', join(dir, 'x'), '--lang', 'zh']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('cogov merge：缺少分片 2/2\n');
    const seed9 = join(dir, 's2-seed9');
    const other = ['run', 'scenarios/demo-small.yaml', '--runs', '2', '--shard', '2/2', '--seed', '9'];
    expect(cogov([...other, '--workers', '1', '--quiet', '--out', seed9]).code).toBe(0);
    const mixed = [shards[0], seed9, '--out', join(dir, 'mixed')];
    const zhBad = cogov(['merge', ...mixed, '--lang', 'zh']);
    expect(zhBad.code).toBe(2);
    expect(zhBad.stderr).toBe(
      `cogov merge：分片不属于同一集合运行：seed 在 ${shards[0]} 中为 42，在 ${seed9} 中却为 9\n`,
    );
    const enBad = cogov(['merge', ...mixed]);
    expect(enBad.code).toBe(2);
    expect(enBad.stderr).toBe(
      `cogov merge: shards do not belong together: seed is 42 in ${shards[0]} but 9 in ${seed9}\n`,
    );
  });

  it('compare: paired differences with Chinese labels, totals and "wrote"; the scenario language by default', () => {
    const ws = experiments();
    const files = [join(ws, 'tiny.yaml'), join(ws, 'tiny.yaml')];
    const flags = ['--runs', '2', '--workers', '1'];
    const zh = cogov(['compare', ...files, ...flags, '--out', join(ws, 'zh'), '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('tiny-2 − tiny（配对差异，2 次运行，95% 置信区间）：');
    expect(zh.stdout).toMatch(/^ {2}完成改造户数 +0 \[0, 0\] 户 {2}（与 0 无显著差异）$/m);
    expect(zh.stdout).toMatch(/^2 个情景 × 2 次运行，用时 \d+ 秒$/m);
    expect(zh.stdout).toContain('已写入 ');
    expect(zh.stderr).toMatch(/^cogov：运行 2\/4 · 每秒/m);
    const en = cogov(['compare', ...files, ...flags, '--out', join(ws, 'en')]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('tiny-2 − tiny (paired, 2 runs, 95 % CI):');
    expect(en.stdout).toMatch(
      /^ {2}householdsRenovated +0 \[0, 0\] households {2}\(not distinguishable from 0\)$/m,
    );
    expect(en.stdout).toMatch(/^2 scenarios × 2 runs in \d+ s$/m);
    expect(en.stderr).toMatch(/^cogov: runs 2\/4 · /m);
    const zhFiles = [join(ws, 'tiny-zh.yaml'), join(ws, 'tiny.yaml')];
    const zhDefault = cogov(['compare', ...zhFiles, ...flags, '--out', join(ws, 'sc')]);
    expect(zhDefault.stdout).toContain('（配对差异，2 次运行，95% 置信区间）：');
  });

  it('compare with one file is a usage error (exit 2), in Chinese under --lang zh', () => {
    const zh = cogov(['compare', 'scenarios/demo-small.yaml', '--out', tmp(), '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe('cogov compare：请至少给出两个情景文件\n');
    const en = cogov(['compare', 'scenarios/demo-small.yaml', '--out', tmp()]);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('cogov compare: give at least two scenario files\n');
  });

  it('sweep: summary of a shard and "wrote"; the base scenario language by default', () => {
    const ws = experiments();
    const shard = ['--shard', '1/2', '--workers', '1'];
    const zh = cogov(['sweep', join(ws, 'morris.yaml'), ...shard, '--out', join(ws, 'zh'), '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(
      /morris\.yaml：morris 设计，9 个设计点 × 1 次重复（第 0–3 次运行，共 9 次）：4 次运行用时 \d+ 秒，单线程\n已写入 /,
    );
    const en = cogov(['sweep', join(ws, 'morris.yaml'), ...shard, '--out', join(ws, 'en')]);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(
      /morris\.yaml: morris design, 9 points × 1 replicates \(runs 0–3 of 9\): 4 runs in \d+ s on 1 thread\nwrote /,
    );
    const byScenario = cogov(['sweep', join(ws, 'morris-zh.yaml'), ...shard, '--out', join(ws, 'sc')]);
    expect(byScenario.code).toBe(0);
    expect(byScenario.stdout).toContain('morris 设计，9 个设计点 × 1 次重复');
  });

  it('sensitivity: warnings, most influential factors, "wrote" and its usage errors', () => {
    const ws = experiments();
    const zh = cogov([
      'sensitivity',
      join(ws, 'morris.yaml'),
      '--workers',
      '1',
      '--out',
      join(ws, 'zh'),
      '--lang',
      'zh',
    ]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^影响最大的因子：\n {2}完成改造户数：.*（mu\*，户）$/m);
    expect(zh.stderr).toContain(
      'cogov：警告：设计规模太小，排序不稳定：只有 3 条轨迹（建议 ≥ 10）（完成改造户数、意见征集参与率）\n',
    );
    expect(zh.stderr).not.toMatch(/design too small/);
    const tooSmall = 'design too small for stable rankings: 3 trajectories (use ≥ 10)';
    const json = JSON.parse(readFileSync(join(ws, 'zh', 'sensitivity.json'), 'utf8'));
    expect(json.indicators[0].warnings[0]).toBe(tooSmall);
    expect(json.indicators[0].warningCodes[0]).toEqual({
      code: 'morrisTooSmall',
      vars: { trajectories: 3, min: 10 },
    });
    expect(readFileSync(join(ws, 'zh', 'report.html'), 'utf8')).toContain(
      '设计规模太小，排序不稳定：只有 3 条轨迹',
    );
    const en = cogov(['sensitivity', join(ws, 'morris.yaml'), '--workers', '1', '--out', join(ws, 'en')]);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(
      /^most influential factors:\n {2}householdsRenovated: .* \(mu\*, households\)$/m,
    );
    expect(en.stderr).toContain(`cogov: warning: ${tooSmall} (householdsRenovated, participation)\n`);
    // One "wrote" line, at the end, naming the sweep's files and the analysis' (not one per step).
    expect(en.stdout.match(/^wrote /gm)).toHaveLength(1);
    expect(en.stdout).toMatch(/^wrote .*points\.csv.*morris\.csv.*sensitivity\.json.*manifest\.json\n$/m);
    expect(zh.stdout.match(/^已写入 /gm)).toHaveLength(1);
    expect(readFileSync(join(ws, 'en', 'report.html'), 'utf8')).toContain(tooSmall);
    const points = ['--points', join(ws, 'en', 'points.csv')];
    const other = join(ws, 'morris6.yaml');
    writeFileSync(other, MORRIS.replace('seed: 5', 'seed: 6'));
    const bad = cogov(['sensitivity', other, ...points, '--out', join(ws, 'x'), '--lang', 'zh']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('points.csv:2：运行 0 与本实验的设计不符（种子或因子不同？）');
    const badEn = cogov(['sensitivity', other, ...points, '--out', join(ws, 'x')]);
    expect(badEn.stderr).toContain("points.csv:2: run 0 does not match this experiment's design");
  });

  it('slurm: the scripts it wrote and how to submit them; its flag errors', () => {
    const dir = tmp();
    const args = ['slurm', 'scenarios/demo-small.yaml', '--runs', '4', '--tasks', '2'];
    const zh = cogov([...args, '--out', join(dir, 'zh'), '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^已写入 .*array\.sbatch/);
    expect(zh.stdout).toContain('4 次运行（种子 42）分为 2 个数组任务，每个 2 次运行（任务 k = 分片 k/2）');
    expect(zh.stdout).toContain(`提交：bash ${join(dir, 'zh', 'slurm', 'submit.sh')}`);
    const en = cogov([...args, '--out', join(dir, 'en')]);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^wrote .*array\.sbatch/);
    expect(en.stdout).toContain('4 runs (seed 42) as 2 array tasks of 2 runs (task k = shard k/2)');
    expect(en.stdout).toContain(`submit with: bash ${join(dir, 'en', 'slurm', 'submit.sh')}`);
    const time = cogov([...args, '--time', 'soon', '--lang', 'zh']);
    expect(time.code).toBe(2);
    expect(time.stderr).toContain('--time 必须是 Slurm 时间');
  });

  it('game: the ESS and end-state tables, aligned, and "wrote"', () => {
    const dir = tmp();
    const args = ['game', 'scenarios/games/tripartite-default.yaml', '--agents', '0'];
    const zh = cogov([...args, '--out', dir, '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^角点 \(x,y,z\) {4}特征值 {31}稳定？$/m);
    expect(zh.stdout).toMatch(/^\(1,1,1\) {9}-4\.500, -2\.500, -0\.500 {15}是（ESS）$/m);
    expect(zh.stdout).toContain(`已写入 ${join(dir, 'trajectories.csv')}`);
    const en = cogov([...args, '--out', dir]);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^corner \(x,y,z\) {2}eigenvalues {26}stable\?$/m);
    expect(en.stdout).toMatch(/^\(1,1,1\) {9}-4\.500, -2\.500, -0\.500 {15}yes \(ESS\)$/m);
    expect(en.stdout).toContain(`wrote ${join(dir, 'trajectories.csv')}`);
  });

  it('game: a bad game file is a usage error (exit 2) with the same FILE:LINE:COL: path in both languages', () => {
    const file = join(tmp(), 'bad-game.yaml');
    writeFileSync(file, 'payoffs:\n  W: 6\n  Q: 1\n  theta: 2\n');
    const zh = cogov(['game', file, '--lang', 'zh']);
    const en = cogov(['game', file]);
    expect([zh.code, en.code]).toEqual([2, 2]);
    /** Each line as [FILE:LINE:COL: path, message]. */
    const lines = (text: string) =>
      text
        .trim()
        .split('\n')
        .map((l) => /^(\S+:\d+:\d+: \S+): (.*)$/.exec(l)!.slice(1));
    const enLines = lines(en.stderr);
    const zhLines = lines(zh.stderr);
    expect(enLines.map((l) => l[0])).toEqual([`${file}:3:3: payoffs.Q`, `${file}:4:10: payoffs.theta`]);
    expect(zhLines.map((l) => l[0])).toEqual(enLines.map((l) => l[0]));
    expect(enLines[0][1]).toMatch(/^unknown key "Q"/);
    zhLines.forEach(([, message], k) => {
      expect(message).not.toBe(enLines[k][1]);
      expect(message).toMatch(/^[^a-z]*[\u4e00-\u9fff]/);
    });
    const missing = cogov(['game', join(tmp(), 'none.yaml'), '--lang', 'zh']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/none\.yaml:1:1: \(file\): 文件不存在\n$/);
  });

  it('elevator: a bad --rule is a usage error with its message (exit 2)', () => {
    const zh = cogov(['elevator', '--rule', 'equal', '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe('--rule 只能是 floor-coefficients、negotiated 或 shapley，收到 "equal"\n');
    const en = cogov(['elevator', '--rule', 'equal']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('--rule must be floor-coefficients, negotiated or shapley, got "equal"\n');
    expect(cogov(['elevator', '--rule', 'toString']).code).toBe(2);
    expect(cogov(['elevator', '--lang', 'zh']).stdout).toContain('楼层');
  });

  it('a runtime failure and the flags of explore and schema', () => {
    const fail = cogov(['schema', '--out', '/dev/null/schema.json', '--lang', 'zh']);
    expect(fail.code).toBe(1);
    expect(fail.stderr).toMatch(/^cogov：运行时错误：/);
    expect(cogov(['schema', '--out', '/dev/null/schema.json']).stderr).toMatch(/^cogov: runtime failure: /);
    const port = cogov(['explore', '--port', '70000', '--lang', 'zh']);
    expect(port.code).toBe(2);
    expect(port.stderr).toContain('端口应在 0..65535 之间');
  });

  it('a policy expression that leaves its bounds in a later month is refused before any run (exit 2), in --lang', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cogov-runfail-'));
    const file = join(dir, 'falling-subsidy.yaml');
    const text = readFileSync('scenarios/demo-small.yaml', 'utf8').replace(
      /rmbPerHousehold: 20000 #/,
      'rmbPerHousehold: "20000 - 10000 * (year - 2024)" #',
    );
    expect(text).toContain('(year - 2024)');
    writeFileSync(file, text);
    const line = text.split('\n').findIndex((l) => l.includes('(year - 2024)')) + 1;
    const args = ['run', file, '--runs', '2', '--out', join(dir, 'o'), '--quiet'];
    for (const workers of ['1', '2']) {
      const zh = cogov([...args, '--workers', workers, '--lang', 'zh']);
      expect(zh.code, zh.stderr).toBe(2);
      expect(zh.stderr).toContain(
        `falling-subsidy.yaml:${line}:22: government.householdSubsidy.rmbPerHousehold: 每次运行都会在 2027-01（t = 30）停止：表达式 "20000 - 10000 * (year - 2024)" 在该月的取值为 -10000`,
      );
      expect(zh.stderr).not.toMatch(/\bat \w+ \(|expected 0\.\./);
      const en = cogov([...args, '--workers', workers]);
      expect(en.code).toBe(2);
      expect(en.stderr).toContain(
        'government.householdSubsidy.rmbPerHousehold: every run would stop at 2027-01 (t = 30): expression "20000 - 10000 * (year - 2024)" gives -10000 there; the value must be a number in 0..200000',
      );
      expect(existsSync(join(dir, 'o'))).toBe(false);
    }
  });
});
