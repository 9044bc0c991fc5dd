import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_KEYS, msg } from '../../sim/cli/messages.js';
import { cogov } from './helpers.js';

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
