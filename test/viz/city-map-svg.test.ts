/**
 * The run report's small-multiples map: which months it shows, one SVG per month whose cells carry
 * the run's stages (each stage present gets its colour, the completed count under each map equals
 * the snapshots'), both languages, escaped district names, and the same bytes for the same run.
 */
import { describe, expect, it } from 'vitest';
import { runWithSnapshots, STAGES } from '../../sim/model/community-snapshots.js';
import { STAGE_COLOURS } from '../../viz/city-colours.js';
import { panelTicks, type StageHistory, smallMultiplesHtml } from '../../viz/city-map-svg.js';
import { demoSmall } from '../model/scenario-fixtures.js';

function history(patch = {}): StageHistory {
  const { snapshots: s } = runWithSnapshots(demoSmall(patch), 5);
  return { seed: 5, ...s };
}

describe('small multiples of stages', () => {
  it('shows the start, December of the key year, the end and months between', () => {
    const dates = Array.from({ length: 78 }, (_, t) => {
      const m = 6 + t; // 2024-07 …
      return `${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    });
    const ticks = panelTicks(dates, 2027);
    expect(ticks).toHaveLength(5);
    expect(ticks[0]).toBe(0);
    expect(ticks.at(-1)).toBe(77);
    expect(ticks.map((t) => dates[t])).toContain('2027-12');
    expect([...ticks].sort((a, b) => a - b)).toEqual(ticks);
    expect(panelTicks(dates.slice(0, 3), null)).toEqual([0, 1, 2]);
    expect(panelTicks([], null)).toEqual([]);
    expect(panelTicks(dates, 1990)).toHaveLength(5); // key year outside the run: still five months
  });

  const h = history();
  const en = smallMultiplesHtml(h, 2027, 'en');

  it('draws one map per month with the run’s stages and completed counts', () => {
    const ticks = panelTicks(h.dates, 2027);
    expect(en.match(/<svg /g)).toHaveLength(ticks.length);
    const panels = en.split('<figure>').slice(1);
    ticks.forEach((t, k) => {
      const n = h.communities;
      const stages = new Set<number>();
      let done = 0;
      let pending = 0;
      for (let c = 0; c < n; c++) {
        const s = h.stage[t * n + c];
        stages.add(s);
        if (STAGES[s] !== 'renovatedBefore') pending++;
        if (STAGES[s] === 'completed') done++;
      }
      for (const s of stages) expect(panels[k]).toContain(`fill="${STAGE_COLOURS[s]}"`);
      expect(panels[k].match(/<path /g)).toHaveLength(stages.size);
      expect(panels[k]).toContain(`${done} of ${pending} completed`);
      expect(panels[k]).toContain(h.dates[t]);
    });
    // The last month has completed communities in demo-small (seed 5), the first none.
    expect(panels.at(-1)).toContain(`fill="${STAGE_COLOURS[STAGES.indexOf('completed')]}"`);
    expect(panels[0]).not.toContain(`fill="${STAGE_COLOURS[STAGES.indexOf('completed')]}"`);
  });

  it('has a legend of every stage and Chinese words in Chinese', () => {
    for (const c of STAGE_COLOURS) expect(en).toContain(`background:${c}`);
    const zh = smallMultiplesHtml(h, 2027, 'zh');
    expect(zh).toContain('已竣工');
    expect(zh).toContain('顺庆区');
    expect(zh).toContain(`种子 ${h.seed}`);
  });

  it('escapes district names and is the same for the same run', () => {
    const odd = { ...h, districts: h.districts.map((d, i) => (i === 0 ? '<b>&"x"' : d)) };
    const html = smallMultiplesHtml(odd, 2027, 'en');
    expect(html).not.toContain('<b>&"x"');
    expect(html).toContain('&lt;b&gt;&amp;');
    expect(smallMultiplesHtml(history(), 2027, 'en')).toBe(en);
  });
});
