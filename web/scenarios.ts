/** The shipped scenarios, bundled as text at build time (no network at run time). */
import demoSmall from '../scenarios/demo-small.yaml';
import nanchong from '../scenarios/nanchong-1558.yaml';
import statusQuo from '../scenarios/status-quo.yaml';

/** Shipped scenario id → YAML text, demo-small first (the default). */
export const SHIPPED: Readonly<Record<string, string>> = {
  'demo-small': demoSmall,
  'nanchong-1558': nanchong,
  'status-quo': statusQuo,
};
