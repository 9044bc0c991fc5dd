/**
 * Colours of the city map, shared by the explorer's canvas and the report's SVG. Stages in
 * pipeline order run along viridis (dark purple in the library → yellow completed), readable with
 * every common colour-vision deficiency and in greyscale by lightness; the stages outside the
 * pipeline are greys (not yet in the library, renovated before the start) and vermillion (stalled,
 * Okabe–Ito). Variables use viridis over a fixed domain; an undefined value is never a colour of
 * the scale: it is drawn hatched grey ("no data").
 */
import { STAGES } from '../sim/model/community-snapshots.js';

/** Colour of each stage (order of STAGES), "#rrggbb". */
export const STAGE_COLOURS: readonly string[] = [
  '#e6e6e6', // notInLibrary
  '#a6a6a6', // renovatedBefore
  '#440154', // inLibrary
  '#414487', // consultation
  '#2a788e', // vote
  '#22a884', // funding
  '#7ad151', // approval
  '#bddf26', // construction
  '#fde725', // completed
  '#d55e00', // stalled
];
if (STAGE_COLOURS.length !== STAGES.length) throw new Error('one colour per stage');

/** The two greys of the "no data" hatching. */
export const NO_DATA_LIGHT = '#f2f2f2';
export const NO_DATA_DARK = '#9e9e9e';

/** Viridis at 9 stops (matplotlib's, sampled evenly). */
const VIRIDIS: readonly [number, number, number][] = [
  [68, 1, 84],
  [71, 44, 122],
  [59, 81, 139],
  [44, 113, 142],
  [33, 144, 141],
  [39, 173, 129],
  [92, 200, 99],
  [170, 220, 50],
  [253, 231, 37],
];

/** The viridis colour at x in 0..1 (clamped) as [r, g, b]. */
export function viridis(x: number): [number, number, number] {
  const u = Math.min(1, Math.max(0, x)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(u));
  const f = u - i;
  const a = VIRIDIS[i];
  const b = VIRIDIS[i + 1];
  return [
    Math.round(a[0] + (b[0] - a[0]) * f),
    Math.round(a[1] + (b[1] - a[1]) * f),
    Math.round(a[2] + (b[2] - a[2]) * f),
  ];
}

/** "#rrggbb" of [r, g, b]. */
export function hex([r, g, b]: readonly [number, number, number]): string {
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}

/** [r, g, b] of "#rrggbb". */
export function rgb(hexColour: string): [number, number, number] {
  const v = Number.parseInt(hexColour.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** A variable's colour domain: [min, max] of its unit, or of the values for money (fixed over the run). */
export function variableDomain(unit: 'share' | 'index' | 'rmb', values: ArrayLike<number>): [number, number] {
  if (unit !== 'rmb') return [0, 1];
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return [lo, hi > lo ? hi : lo + 1];
}

/** Position of v in its domain, 0..1, or NaN when v is undefined. */
export function scaled(v: number, [lo, hi]: readonly [number, number]): number {
  return Number.isFinite(v) ? (v - lo) / (hi - lo) : Number.NaN;
}
