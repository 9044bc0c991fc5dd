/**
 * `cogovExtra(config, meta)`: the experiment pages' tooltip labels for values chart.js keeps as
 * arrays (floating bars: "lo – hi") or points ({x, y}: "x → y"), wrapped around the label callback
 * of {@link cogovHydrate}. Self-contained, like it.
 */
import type { ChartMeta } from '../types.js';
import { type HydratableConfig, tooltipFormat } from './hydrate.js';

interface LabelContext {
  raw: unknown;
  dataset: { label: string };
}

/** Wrap the hydrated `config`'s tooltip label for array and point values; returns it. */
export function cogovExtra<C extends HydratableConfig>(config: C, meta: ChartMeta): C {
  const { fmt: f, withUnit: u } = tooltipFormat(meta);
  const plugins = config.options['plugins'] as Record<string, Record<string, unknown>>;
  const cb = plugins['tooltip']['callbacks'] as Record<string, (ctx: LabelContext) => string>;
  const base = cb['label'];
  cb['label'] = (ctx: LabelContext): string => {
    const r = ctx.raw;
    if (Array.isArray(r)) return `${ctx.dataset.label}: ${u(`${f(r[0])} \u2013 ${f(r[1])}`)}`;
    if (r && typeof r === 'object') {
      const p = r as { x: unknown; y: unknown };
      return `${ctx.dataset.label}: ${String(p.x)} \u2192 ${u(f(p.y))}`;
    }
    return base(ctx);
  };
  return config;
}
