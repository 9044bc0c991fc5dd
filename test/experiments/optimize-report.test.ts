/**
 * `cogov optimize` ends by writing report.html from the files it wrote (the same page `cogov report`
 * renders), in the language of --lang, and lists it among the files in its summary.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOptimisationReport } from '../../viz/io/experiment-report.js';
import { cli, workspace } from './helpers.js';
import { TINY_OPTIMISATION } from './optimise-helpers.js';

describe('cogov optimize writes its report', () => {
  it('report.html with the headline, in the language asked for, equal to cogov report’s', async () => {
    const ws = workspace();
    writeFileSync(join(ws, 'opt.yaml'), TINY_OPTIMISATION);
    const out = join(ws, 'out');
    const r = await cli(['optimize', join(ws, 'opt.yaml'), '-w', '1', '--lang', 'zh', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${out}/report.html`);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<section id="headline" class="headline"><h2>结论</h2>');
    writeOptimisationReport(out, { lang: 'zh' });
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toBe(html);
  }, 120_000);
});
