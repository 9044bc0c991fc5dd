import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, inlineScript, jsonForScript } from '../../viz/escape.js';
import { REPORT_CSP, reportHtml } from '../../viz/html.js';
import { chartJsUmdSource } from '../../viz/io/read.js';
import { reportData } from '../../viz/parse.js';
import { indicatorRows } from '../../viz/table.js';
import type { ReportData } from '../../viz/types.js';
import { buildFixture } from './fixture.js';

const EVIL = '<script>alert(1)</script>';
let data: ReportData;
let evil: ReportData;

function load(dir: string): ReportData {
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  return reportData({
    curves: read('curves.csv'),
    summary: read('summary.json'),
    manifest: read('manifest.json'),
  });
}

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'cogov-viz-html-'));
  buildFixture(join(dir, 'plain'));
  buildFixture(join(dir, 'evil'), { name: { en: EVIL, zh: EVIL } });
  data = load(join(dir, 'plain'));
  evil = load(join(dir, 'evil'));
  evil.description = { en: `"quoted" & <b>bold</b>`, zh: '</script><img src=x onerror=alert(2)>' };
  evil.scenarioId = `id<i>'`;
});

const chartJs = 'window.Chart = function () {};';
/** The page with the script elements' contents removed (what the HTML parser sees as markup). */
const markup = (html: string) => html.replace(/(<script[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');

describe('escaping', () => {
  it('escapes text and attributes, and keeps JSON inside a script element inert', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const json = jsonForScript({ s: '</script><!-- \u2028' });
    expect(json).not.toMatch(/<|>|\u2028/);
    expect(JSON.parse(json)).toEqual({ s: '</script><!-- \u2028' });
    expect(() => inlineScript('var a = "</script>";')).toThrow();
    expect(inlineScript(chartJsUmdSource()).length).toBeGreaterThan(100_000);
  });

  it('a scenario named <script>alert(1)</script> appears escaped, in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      const html = reportHtml(evil, lang, { chartJs });
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).not.toContain(EVIL);
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<b>bold');
      expect(html).toContain(
        lang === 'en'
          ? '&quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;'
          : '&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;',
      );
      expect(html).toContain('id&lt;i&gt;&#39;');
      // Exactly the page's own three script elements.
      expect(html.match(/<script\b/g)).toHaveLength(3);
    }
  });
});

describe('the report page', () => {
  it('is self-contained: no URL to fetch, a CSP forbidding requests, chart.js inlined', () => {
    const html = reportHtml(data, 'en', { chartJs: chartJsUmdSource() });
    const m = markup(html);
    expect(m).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:|\/\/)/i);
    expect(m).not.toMatch(/<link\b|<iframe\b|<img\b|@import|url\(/i);
    expect(m).toContain(`content="${REPORT_CSP.replace(/'/g, '&#39;')}"`);
    expect(REPORT_CSP).toContain("default-src 'none'");
    expect(html).toContain(chartJsUmdSource());
  });

  it('opens with the name, description, headline and key indicators, then the four sections, settings last', () => {
    const html = reportHtml(data, 'en', { chartJs });
    const at = (s: string) => html.indexOf(s);
    expect(at('Demo city (50 communities, full package)')).toBeGreaterThan(0);
    const order = ['id="scenario-name"', 'id="scenario-description"', 'id="headline"', 'id="indicators"'];
    order.push('id="funding"', 'id="participation"', 'id="resilience"', 'id="governance"', 'id="methods"');
    order.push('id="settings"');
    const positions = order.map(at);
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<dt>Runs<\/dt><dd>10<\/dd>/);
    expect(html).toMatch(/<dt>Base seed<\/dt><dd>42<\/dd>/);
    expect(html).toContain('Households renovated by the end of 2027');
    expect(html).toContain('@media print');
  });

  it('in Chinese: zh-CN, the seed paper’s headings, Chinese units', () => {
    const html = reportHtml(data, 'zh', { chartJs });
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('演示城市（50个小区，完整政策组合）');
    for (const h of ['关键指标', '资金筹措', '居民参与', '韧性', '协同治理'])
      expect(html).toContain(`>${h}</h2>`);
    expect(html).toContain('截至2027年末完成改造户数');
    expect(html).toContain('万元/户');
  });

  it('falls back to the scenario id when the manifest has no name', () => {
    const html = reportHtml({ ...data, name: null, description: null }, 'zh', { chartJs });
    expect(html).toContain('<h1 id="scenario-name">demo-small</h1>');
    expect(html).not.toContain('id="scenario-description"');
  });

  it('the key-indicator table shows mean, 95 % CI, median and 5–95 % range in one unit per row', () => {
    const rows = indicatorRows(data, 'zh');
    const cost = rows.find((r) => r.name === 'fiscalCostPerHousehold')!;
    expect(cost.unit).toBe('万元/户');
    const s = data.indicators.get('fiscalCostPerHousehold')!;
    expect(cost.mean).toBe((s.mean / 1e4).toFixed(2));
    expect(cost.ci95).toBe(`${(s.ci95[0] / 1e4).toFixed(2)} – ${(s.ci95[1] / 1e4).toFixed(2)}`);
    expect(rows.find((r) => r.name === 'fireComplianceByKeyYear')!.unit).toBe('%');
    expect(rows).toHaveLength(data.indicators.size);
  });
});
