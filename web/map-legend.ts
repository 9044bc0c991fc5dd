/** The city map's legend: stage swatches, or the variable's colour scale with its unit and "no data". */
import { SNAPSHOT_UNITS, STAGES } from '../sim/model/community-snapshots.js';
import { hex, NO_DATA_DARK, NO_DATA_LIGHT, STAGE_COLOURS, viridis } from '../viz/city-colours.js';
import type { Lang } from '../viz/types.js';
import { cw, stageName, variableName } from '../viz/words-citymap.js';
import type { ColourBy } from './map-paint.js';
import { valueText } from './map-text.js';

const HATCH = `repeating-linear-gradient(135deg, ${NO_DATA_DARK} 0 1px, ${NO_DATA_LIGHT} 1px 3px)`;

function swatch(background: string, text: string): HTMLElement {
  const item = document.createElement('span');
  item.className = 'map-key';
  const box = document.createElement('i');
  box.style.background = background;
  item.append(box, text);
  return item;
}

/** Fill `el` with the legend of colouring `by` over `domain`. */
export function renderLegend(
  el: HTMLElement,
  lang: Lang,
  by: ColourBy,
  domain: readonly [number, number],
): void {
  el.textContent = '';
  if (by === 'stage') {
    for (let i = 0; i < STAGES.length; i++) el.append(swatch(STAGE_COLOURS[i], stageName(lang, STAGES[i])));
    return;
  }
  const unit = SNAPSHOT_UNITS[by];
  const stops = Array.from({ length: 9 }, (_, i) => `${hex(viridis(i / 8))} ${(i / 8) * 100}%`).join(', ');
  const bar = document.createElement('span');
  bar.className = 'map-scale';
  const ramp = document.createElement('i');
  ramp.style.background = `linear-gradient(90deg, ${stops})`;
  bar.append(valueText(lang, unit, domain[0]), ramp, valueText(lang, unit, domain[1]));
  const name = document.createElement('strong');
  name.textContent = `${variableName(lang, by)} (${cw(lang, 'mapLegendUnit', { unit: cw(lang, `unit.${unit}`) })})`;
  el.append(name, bar, swatch(HATCH, cw(lang, 'noData')));
}
