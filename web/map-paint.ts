/**
 * Painting the city map into an RGBA pixel buffer (the canvas's ImageData seen as 32-bit words):
 * one colour per community for the month shown, then one pass that fills every cell. No DOM, so
 * the pixels can be checked in Node; the page puts the buffer on its one canvas. Undefined values
 * are painted hatched grey, never as a colour of the scale.
 */
import {
  SNAPSHOT_UNITS,
  SNAPSHOT_VARIABLES,
  type CommunitySnapshots,
  type SnapshotVariable,
} from '../sim/model/community-snapshots.js';
import type { PixelLayout } from '../viz/city-layout.js';
import {
  NO_DATA_DARK,
  NO_DATA_LIGHT,
  rgb,
  STAGE_COLOURS,
  scaled,
  variableDomain,
  viridis,
} from '../viz/city-colours.js';

/** What the map is coloured by. */
export type ColourBy = 'stage' | SnapshotVariable;

/** Marks a community with no value this month (painted hatched). */
export const NO_DATA = 0;

/** A 32-bit pixel word of [r, g, b], opaque, in the byte order of this machine's ImageData. */
export function word([r, g, b]: readonly [number, number, number]): number {
  const little = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  return little
    ? ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0
    : ((r << 24) | (g << 16) | (b << 8) | 255) >>> 0;
}

const STAGE_WORDS = Uint32Array.from(STAGE_COLOURS, (c) => word(rgb(c)));
const VIRIDIS_WORDS = Uint32Array.from({ length: 256 }, (_, i) => word(viridis(i / 255)));
const HATCH_LIGHT = word(rgb(NO_DATA_LIGHT));
const HATCH_DARK = word(rgb(NO_DATA_DARK));
/** The background between cells. */
export const BACKGROUND = word([255, 255, 255]);

/** Colour domain of each variable over the whole run (fixed, so months compare). */
export function domains(s: CommunitySnapshots): Record<SnapshotVariable, [number, number]> {
  const plane = s.ticks * s.communities;
  const out = {} as Record<SnapshotVariable, [number, number]>;
  SNAPSHOT_VARIABLES.forEach((v, k) => {
    out[v] = variableDomain(SNAPSHOT_UNITS[v], s.values.subarray(k * plane, (k + 1) * plane));
  });
  return out;
}

/** Each community's pixel word at month t (NO_DATA where undefined), into `out`. */
export function frameColours(
  s: CommunitySnapshots,
  by: ColourBy,
  t: number,
  domain: readonly [number, number],
  out: Uint32Array,
): Uint32Array {
  const n = s.communities;
  if (by === 'stage') {
    for (let c = 0; c < n; c++) out[c] = STAGE_WORDS[s.stage[t * n + c]];
    return out;
  }
  const k = SNAPSHOT_VARIABLES.indexOf(by);
  const base = (k * s.ticks + t) * n;
  for (let c = 0; c < n; c++) {
    const x = scaled(s.values[base + c], domain);
    out[c] = Number.isNaN(x) ? NO_DATA : VIRIDIS_WORDS[Math.round(Math.min(1, Math.max(0, x)) * 255)];
  }
  return out;
}

/**
 * Fill every community's cell of `p` in `pixels` (width p.width) with its colour; `gutter` pixels
 * on the right and bottom of each cell stay background. Pixels outside cells are not touched.
 */
export function paintCells(pixels: Uint32Array, p: PixelLayout, colours: Uint32Array, gutter: number): void {
  const size = p.cell - gutter;
  const width = p.width;
  for (let c = 0; c < colours.length; c++) {
    const colour = colours[c];
    const x0 = p.px[c];
    const y0 = p.py[c];
    for (let dy = 0; dy < size; dy++) {
      let i = (y0 + dy) * width + x0;
      if (colour === NO_DATA) {
        for (let dx = 0; dx < size; dx++) pixels[i++] = (dx + dy) % 3 === 0 ? HATCH_DARK : HATCH_LIGHT;
      } else pixels.fill(colour, i, i + size);
    }
  }
}
