/**
 * The report pages' own scripts, inlined after chart.js: real TypeScript in viz/page/ (the callbacks
 * of {@link cogovHydrate} and the page's start-up), bundled into viz/page/scripts.gen.ts by
 * `npm run build:page`. The PNG writer and the explorer import `cogovHydrate` itself, so the page,
 * the figures and the explorer run the very same code.
 */
import { REPORT_PAGE_JS } from './page/scripts.gen.js';

export { CHART_FONT, CHARTS_JSON_ID } from './page/constants.js';
export { cogovHydrate } from './page/hydrate.js';

/** The ensemble report page's script: hydrate and draw every chart, redraw at print size when printing. */
export const RUNTIME_JS = REPORT_PAGE_JS;
