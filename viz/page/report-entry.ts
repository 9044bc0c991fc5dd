/** The ensemble report page's script: every chart hydrated by {@link cogovHydrate}. */
import { bootCharts } from './boot.js';
import { cogovHydrate } from './hydrate.js';

bootCharts(cogovHydrate);
