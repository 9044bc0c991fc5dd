/** The report page's stylesheet: readable on screen, charts kept whole and sized for A4 in print. */
import { CHART_FONT } from './runtime.js';

/** CSS of the report page. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1d2733; --muted: #5b6673; --rule: #d9dee4; --accent: #0072B2; }
* { box-sizing: border-box; }
html { font-family: ${CHART_FONT}; color: var(--ink); background: #fff; line-height: 1.5; }
body { margin: 0 auto; max-width: 1240px; padding: 24px 28px 48px; }
header { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 16px; }
.kicker { color: var(--muted); font-size: 0.9rem; margin: 0; letter-spacing: 0.02em; }
h1 { font-size: 1.9rem; margin: 4px 0 6px; line-height: 1.25; }
h2 { font-size: 1.35rem; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1rem; margin: 0; }
.description { font-size: 1.05rem; max-width: 70em; margin: 4px 0 0; }
.scenario-id { color: var(--muted); font-size: 0.85rem; margin: 6px 0 0; }
nav ol { display: flex; flex-wrap: wrap; gap: 4px 18px; padding: 0; margin: 0; list-style: none; font-size: 0.95rem; }
nav a { color: var(--accent); text-decoration: none; }
nav a:hover { text-decoration: underline; }
dl.settings { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 0; font-size: 0.92rem; }
dl.settings dt { color: var(--muted); }
dl.settings dd { margin: 0; overflow-wrap: anywhere; }
code { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; font-size: 0.85em; }
table.indicators { border-collapse: collapse; width: 100%; font-size: 0.92rem; font-variant-numeric: tabular-nums; }
table.indicators th, table.indicators td { padding: 5px 8px; border-bottom: 1px solid var(--rule); text-align: right; }
table.indicators th:first-child, table.indicators td:first-child { text-align: left; }
table.indicators td.unit, table.indicators th.unit { text-align: left; color: var(--muted); }
table.indicators thead th { border-bottom: 2px solid var(--ink); vertical-align: bottom; }
table.indicators tbody tr:nth-child(even) { background: #f6f8fa; }
table.stalled th, table.stalled td { text-align: left; vertical-align: top; }
.section-note { color: var(--muted); font-size: 0.9rem; margin: 0 0 12px; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(520px, 1fr)); gap: 18px 24px; }
figure.chart { margin: 0; padding: 10px 12px 6px; border: 1px solid var(--rule); border-radius: 6px; }
figure.chart figcaption { margin-bottom: 4px; }
figure.chart .note { color: var(--muted); font-size: 0.82rem; margin: 2px 0 0; }
.chart-box { position: relative; height: 300px; width: 100%; }
figure.chart.wide { grid-column: 1 / -1; }
figure.chart.wide .chart-box { height: 360px; }
.methods p { max-width: 70em; }
footer { margin-top: 36px; color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--rule); padding-top: 8px; }
noscript p { background: #fff4d6; padding: 8px 12px; border-radius: 4px; }
@media (max-width: 640px) { .grid { grid-template-columns: 1fr; } body { padding: 12px; } }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  html { font-size: 10pt; }
  body { max-width: none; padding: 0; }
  nav { display: none; }
  h2 { break-after: avoid; page-break-after: avoid; margin-top: 18px; }
  .grid { display: block; }
  figure.chart { break-inside: avoid; page-break-inside: avoid; border: none; padding: 0; margin: 0 0 8mm; }
  .chart-box, figure.chart.wide .chart-box { height: 62mm; }
  table.indicators { font-size: 9pt; }
  table.indicators tr { break-inside: avoid; page-break-inside: avoid; }
  table.indicators tbody tr:nth-child(even) { background: none; }
  a { color: inherit; text-decoration: none; }
}
`;
