/**
 * The report pages' scripts are real TypeScript (viz/page/), bundled into viz/page/scripts.gen.ts:
 * the committed bundle must be the bundle of the current sources (run `npm run build:page`), and
 * the PNG writer and the explorer call the same cogovHydrate the page runs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { experimentRuntime } from '../../viz/experiment-page.js';
// @ts-expect-error: a plain ESM build script without type declarations
import { GENERATED, pageScriptsModule } from '../../viz/io/page-scripts.mjs';
import { EXPERIMENT_PAGE_JS, REPORT_PAGE_JS } from '../../viz/page/scripts.gen.js';
import { RUNTIME_JS } from '../../viz/runtime.js';

describe('report page scripts', () => {
  it('scripts.gen.ts is the bundle of viz/page/*.ts as they are (npm run build:page)', async () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(await pageScriptsModule());
  });

  it('the report page runs cogovHydrate; experiment pages wrap it in cogovExtra', () => {
    expect(RUNTIME_JS).toBe(REPORT_PAGE_JS);
    expect(REPORT_PAGE_JS).toContain('function cogovHydrate(');
    expect(REPORT_PAGE_JS).toContain('bootCharts(cogovHydrate)');
    expect(REPORT_PAGE_JS).not.toContain('cogovExtra');
    expect(experimentRuntime()).toBe(EXPERIMENT_PAGE_JS);
    expect(EXPERIMENT_PAGE_JS).toContain('cogovExtra(cogovHydrate(config, meta), meta)');
    for (const js of [REPORT_PAGE_JS, EXPERIMENT_PAGE_JS]) {
      expect(js).not.toMatch(/<\/script|<!--/i);
      expect(js).not.toMatch(/\bnew Function\b|\beval\(/);
    }
  });
});
