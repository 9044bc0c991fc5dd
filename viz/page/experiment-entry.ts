/** The experiment pages' script: the report's, with {@link cogovExtra} applied to every chart. */
import { bootCharts } from './boot.js';
import { cogovExtra } from './extra.js';
import { cogovHydrate } from './hydrate.js';
import { withPointLabels } from './point-labels.js';

bootCharts((config, meta) => withPointLabels(cogovExtra(cogovHydrate(config, meta), meta)));
