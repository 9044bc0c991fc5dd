import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../scenarios/load.js';
import { runOne } from '../../sim/model/run.js';
import { timeline } from '../../sim/model/trace.js';
import { runSeed } from '../../sim/kernel/rng.js';
import { TINY_YAML } from '../experiments/helpers.js';
import { cogovInProcess as cli } from './helpers.js';

function workspace(): { tiny: string; stall: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cogov-trace-'));
  const tiny = join(dir, 'tiny.yaml');
  const stall = join(dir, 'stall.yaml');
  writeFileSync(tiny, TINY_YAML);
  writeFileSync(
    stall,
    `${TINY_YAML}government:
  cityFund: { baseBudgetRmbPerYear: 0 }
  specialBonds: { enabled: false }
  guidanceFund: { enabled: false }
enterprises: { enabled: false }
`,
  );
  return { tiny, stall };
}

const DEMO = 'scenarios/demo-small.yaml';

describe('cogov trace', () => {
  it('tells a community’s story as dated lines in English and Chinese, by name or by id', async () => {
    const en = await cli(['trace', DEMO, '--seed', '1', '--community', 'C0005', '--lang', 'en']);
    expect(en.code).toBe(0);
    const lines = en.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^C0005 \(id 4, .+\) — demo-small, seed 1, 2024-07 to 2030-12: \d+ events$/);
    const dates = lines.slice(1).map((l) => l.slice(0, 7));
    for (const d of dates) expect(d).toMatch(/^\d{4}-\d{2}$/);
    expect([...dates].sort()).toEqual(dates);
    expect(en.stdout).toContain('Entered the project library');
    expect(en.stdout).toContain('Owners’ vote on the renovation (Civil Code Art. 278)');
    const byId = await cli(['trace', DEMO, '--seed', '1', '--community', '4', '--lang', 'en']);
    expect(byId.stdout).toBe(en.stdout);
    const zh = await cli(['trace', DEMO, '--seed', '1', '--community', 'C0005', '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('纳入年度项目库');
    expect(zh.stdout).toContain('三上三下');
    expect(zh.stdout).toContain('民法典第278条');
  });

  it('--json gives the same events as runOne with the log, for the same seed and community', async () => {
    const r = await cli(['trace', DEMO, '--seed', '3', '--community', 'C0012', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.seed).toBe(3);
    expect(out.communities).toHaveLength(1);
    expect(out.communities[0]).toMatchObject({ name: 'C0012', id: 11 });
    const run = runOne(loadScenarioFile(DEMO).scenario, 3, { trace: {} });
    expect(JSON.stringify(out.communities[0].events)).toBe(JSON.stringify(timeline(run.events!, 11)));
  });

  it('--random N picks N distinct communities, the same ones for the same seed', async () => {
    const { tiny } = workspace();
    const a = JSON.parse((await cli(['trace', tiny, '--seed', '5', '--random', '3', '--json'])).stdout);
    const b = JSON.parse((await cli(['trace', tiny, '--seed', '5', '--random', '3', '--json'])).stdout);
    const ids = a.communities.map((c: { id: number }) => c.id);
    expect(new Set(ids).size).toBe(3);
    expect(b.communities.map((c: { id: number }) => c.id)).toEqual(ids);
  });

  it('--stalled explains each community that never completed, with --limit and the count of all', async () => {
    const { stall } = workspace();
    const en = await cli(['trace', stall, '--stalled', '--limit', '3', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^stall, seed 42, 2024-07 to 2025-12: (\d) of the 8 communities pending/);
    expect(en.stdout).toContain('the first 3 follow');
    const rows = en.stdout.split('\n').filter((l) => /^C\d{4} /.test(l));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toContain('stopped at: funding. Waiting');
    const zh = await cli(['trace', stall, '--stalled', '--lang', 'zh']);
    expect(zh.stdout).toContain('停在：资金筹措');
    expect(zh.stdout).toContain('未满足需求');
    const json = JSON.parse((await cli(['trace', stall, '--stalled', '--json', '--limit', '2'])).stdout);
    expect(json.total).toBeGreaterThan(2);
    expect(json.stalled).toHaveLength(2);
    expect(json.stalled[0].reason).toBe('fundingQueue');
    expect(json.stalled[0].needRmb).toBeGreaterThan(0);
    const none = await cli(['trace', DEMO, '--seed', '1', '--stalled', '--lang', 'en']);
    expect(none.stdout).toContain('all 50 communities pending at the start completed');
  });

  it('refuses bad input with a clear message and exit 2', async () => {
    const unknown = await cli(['trace', DEMO, '--community', 'C9999', '--lang', 'en']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no community "C9999" in demo-small');
    const zh = await cli(['trace', DEMO, '--community', '50', '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('中没有小区 "50"');
    for (const args of [
      ['trace', DEMO],
      ['trace', DEMO, '--stalled', '--community', '1'],
    ]) {
      const r = await cli([...args, '--lang', 'en']);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('give exactly one of --community, --stalled or --random');
    }
    const seed = await cli(['trace', DEMO, '--seed', '-1', '--stalled']);
    expect(seed.code).toBe(2);
    expect(seed.stderr).toContain('--seed');
    const many = await cli(['trace', DEMO, '--random', '51', '--lang', 'en']);
    expect(many.code).toBe(2);
    expect(many.stderr).toContain('more communities than demo-small has (50)');
    const bad = await cli(['trace', 'test/fixtures/bad/bad-enum.yaml', '--stalled']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad-enum\.yaml:\d+:\d+/);
    expect(bad.stdout).toBe('');
  });

  it('cogov run writes stalled.json from run 0 re-run with the log, and the report (and cogov report) shows the table', async () => {
    const { stall } = workspace();
    const out = join(mkdtempSync(join(tmpdir(), 'cogov-trace-run-')), 'out');
    const r = await cli(['run', stall, '--runs', '2', '--workers', '1', '-q', '--out', out, '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    const stalled = JSON.parse(readFileSync(join(out, 'stalled.json'), 'utf8'));
    expect(stalled).toMatchObject({ run: 0, seed: runSeed(42, 0), pending: 8 });
    expect(stalled.stalled.length).toBeGreaterThan(0);
    const story = JSON.parse(
      (await cli(['trace', stall, '--seed', String(runSeed(42, 0)), '--stalled', '--json'])).stdout,
    );
    expect(story.stalled.map((s: { name: string }) => s.name)).toEqual(
      stalled.stalled.map((s: { name: string }) => s.name),
    );
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<section id="stalled"><h2>Stalled communities</h2>');
    expect(html).toContain('<a href="#stalled">Stalled communities</a>');
    const again = await cli(['report', out, '--lang', 'zh']);
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('<h2>未完工小区</h2>');
  });
});
