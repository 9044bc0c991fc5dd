/**
 * The city map's painting, in Node: each community's cell gets the colour of its stage or of its
 * value on the viridis scale, an undefined value is hatched (two greys, never a scale colour), the
 * gutter and the label strips stay background, and the variables' domains are fixed over the run.
 * The map's words exist in both languages.
 */
import { describe, expect, it } from 'vitest';
import { type CommunitySnapshots, SNAPSHOT_VARIABLES, STAGES } from '../../sim/model/community-snapshots.js';
import { cityLayout, pixelLayout } from '../../viz/city-layout.js';
import { NO_DATA_DARK, NO_DATA_LIGHT, rgb, STAGE_COLOURS, viridis } from '../../viz/city-colours.js';
import { CITYMAP_WORDS } from '../../viz/words-citymap.js';
import { BACKGROUND, domains, frameColours, NO_DATA, paintCells, word } from '../../web/map-paint.js';

/** Two months of four communities in two districts. */
function snapshots(): CommunitySnapshots {
  const n = 4;
  const ticks = 2;
  const values = new Float32Array(SNAPSHOT_VARIABLES.length * ticks * n).fill(Number.NaN);
  const set = (v: string, t: number, c: number, x: number) => {
    values[(SNAPSHOT_VARIABLES.indexOf(v as never) * ticks + t) * n + c] = x;
  };
  set('trust', 0, 0, 0);
  set('trust', 0, 1, 1);
  set('trust', 0, 2, 0.5);
  set('communityFund', 1, 3, 5000);
  set('communityFund', 0, 3, 1000);
  return {
    communities: n,
    ticks,
    dates: ['2024-07', '2024-08'],
    names: ['A', 'B', 'C', 'D'],
    districts: ['x', 'y', 'x', 'y'],
    stage: Uint8Array.from([0, 2, 8, 9, 1, 3, 4, 5]),
    values,
    recorded: 2,
  };
}

describe('map painting', () => {
  const s = snapshots();
  const layout = cityLayout(s.districts);
  const p = pixelLayout(layout, 6, 10);
  const out = new Uint32Array(s.communities);

  it('colours by stage, month by month', () => {
    frameColours(s, 'stage', 0, [0, 1], out);
    expect([...out]).toEqual([0, 2, 8, 9].map((k) => word(rgb(STAGE_COLOURS[k]))));
    frameColours(s, 'stage', 1, [0, 1], out);
    expect(out[0]).toBe(word(rgb(STAGE_COLOURS[STAGES.indexOf('renovatedBefore')])));
  });

  it('colours a variable on viridis over a fixed domain and marks undefined values', () => {
    const d = domains(s);
    expect(d.trust).toEqual([0, 1]);
    expect(d.communityFund).toEqual([0, 5000]);
    frameColours(s, 'trust', 0, d.trust, out);
    expect(out[0]).toBe(word(viridis(0)));
    expect(out[1]).toBe(word(viridis(1)));
    expect(out[3]).toBe(NO_DATA);
    frameColours(s, 'communityFund', 0, d.communityFund, out);
    expect(out[3]).toBe(word(viridis(0.2)));
    expect(out[0]).toBe(NO_DATA);
  });

  it('fills each cell, hatches undefined ones and leaves gutters and labels as background', () => {
    const pixels = new Uint32Array(p.width * p.height).fill(BACKGROUND);
    frameColours(s, 'trust', 0, [0, 1], out);
    paintCells(pixels, p, out, 1);
    const at = (x: number, y: number) => pixels[y * p.width + x];
    expect(at(p.px[1] + 2, p.py[1] + 3)).toBe(word(viridis(1)));
    expect(at(p.px[1] + 5, p.py[1] + 2)).toBe(BACKGROUND); // gutter column
    const hatch = new Set<number>();
    for (let dy = 0; dy < 5; dy++) for (let dx = 0; dx < 5; dx++) hatch.add(at(p.px[3] + dx, p.py[3] + dy));
    expect(hatch).toEqual(new Set([word(rgb(NO_DATA_DARK)), word(rgb(NO_DATA_LIGHT))]));
    for (let x = 0; x < p.width; x++) expect(at(x, 0)).toBe(BACKGROUND); // label strip
  });

  it('has every word of the map in English and Chinese, with the same placeholders', () => {
    const keys = Object.keys(CITYMAP_WORDS.en);
    expect(Object.keys(CITYMAP_WORDS.zh).sort()).toEqual([...keys].sort());
    const ph = (x: string) => [...x.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of keys as (keyof typeof CITYMAP_WORDS.en)[]) {
      expect(CITYMAP_WORDS.zh[k], k).toMatch(/\p{Script=Han}/u);
      expect(ph(CITYMAP_WORDS.zh[k]), k).toEqual(ph(CITYMAP_WORDS.en[k]));
    }
    for (const st of STAGES) expect(keys).toContain(`stage.${st}`);
    for (const v of SNAPSHOT_VARIABLES) expect(keys).toContain(`var.${v}`);
  });
});
