/**
 * The run headline's area-bundling sentence (viz/headline-bundling.ts): absent when the run formed no
 * package, otherwise packages won of those tendered, the bundled and unbundled renovation shares and
 * the winning firms' IRR, in English and Chinese, with "—" for a figure no run defines.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundlingSentence, BUNDLING_WORDS } from '../../viz/headline-bundling.js';
import { runHeadline } from '../../viz/headline-run.js';
import { reportData } from '../../viz/parse.js';
import type { ReportData } from '../../viz/types.js';
import { buildFixture } from './fixture.js';

let data: ReportData;

beforeAll(() => {
  const dir = join(mkdtempSync(join(tmpdir(), 'cogov-bundling-')), 'run');
  buildFixture(dir, { runs: 4 });
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  data = reportData({
    curves: read('curves.csv'),
    summary: read('summary.json'),
    manifest: read('manifest.json'),
  });
});

/** `data` with the package indicators set to these means (NaN: defined in no run). */
function withPackages(means: Record<string, number>): ReportData {
  const template = data.indicators.get('pppShare');
  if (!template) throw new Error('no pppShare');
  const indicators = new Map(data.indicators);
  for (const [name, mean] of Object.entries(means)) {
    indicators.set(name, { ...template, mean, n: Number.isFinite(mean) ? template.n : 0 });
  }
  return { ...data, indicators };
}

describe('the area-bundling sentence', () => {
  it('is absent when the run formed no package (demo-small)', () => {
    expect(bundlingSentence(data, 'en')).toBeNull();
    expect(runHeadline(data, 'en').answers.join(' ')).not.toContain('Area bundling');
  });

  it('states packages won of those tendered, the two renovation shares and the firms’ IRR', () => {
    const d = withPackages({
      packagesTendered: 11,
      packagesWon: 10,
      bundledRenovatedShare: 0.99,
      unbundledRenovatedShare: 0.9,
      packageFirmsIrr: 0.06,
    });
    const en = bundlingSentence(d, 'en') ?? '';
    expect(en).toContain('10 of 11 area packages');
    expect(en).toContain('99.0%');
    expect(en).toContain('90.0%');
    expect(en).toContain('6.0%');
    expect(runHeadline(d, 'en').answers).toContain(en);
    const zh = bundlingSentence(d, 'zh') ?? '';
    expect(zh).toContain('片区统筹');
    expect(zh).toContain('11个打包中有10个');
  });

  it('shows "—" for a figure no run defines, never 0', () => {
    const d = withPackages({
      packagesTendered: 3,
      packagesWon: 0,
      bundledRenovatedShare: Number.NaN,
      unbundledRenovatedShare: 0.5,
      packageFirmsIrr: Number.NaN,
    });
    const en = bundlingSentence(d, 'en') ?? '';
    expect(en).toContain('0 of 3 area packages');
    expect(en).toContain('households in the communities of won packages were renovated');
    expect(en.match(/—/g)?.length).toBe(2);
  });

  it('has its words in both languages', () => {
    for (const key of Object.keys(BUNDLING_WORDS.en) as (keyof typeof BUNDLING_WORDS.en)[]) {
      expect(BUNDLING_WORDS.zh[key]).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
