/**
 * The discovery report page, written atomically to DIR/report.html from the files of a discovery
 * (boxes.csv, box-limits.csv, tree.csv, manifest.json); chart.js is inlined, nothing is fetched.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../sim/io/atomic.js';
import { ReportInputError } from '../../sim/outputs/errors.js';
import { discoverPage, type DiscoveryTexts, parseDiscovery } from '../discover.js';
import { experimentPageHtml } from '../experiment-page.js';
import type { Lang } from '../types.js';
import { chartJsUmdSource } from './read.js';

function need(dir: string, file: string): string {
  const path = join(dir, file);
  if (!existsSync(path)) throw new ReportInputError(`${path} is missing`);
  return readFileSync(path, 'utf8');
}

/** The page of a discovery's texts in `lang`. */
export function discoveryReportHtml(texts: DiscoveryTexts, lang: Lang): string {
  return experimentPageHtml(discoverPage(parseDiscovery(texts), lang), lang, chartJsUmdSource());
}

/** Write DIR/report.html of a discovery folder. */
export function writeDiscoveryReport(
  dir: string,
  options: { lang?: Lang } = {},
): { path: string; lang: Lang } {
  const lang = options.lang ?? 'en';
  const texts: DiscoveryTexts = {
    boxes: need(dir, 'boxes.csv'),
    limits: need(dir, 'box-limits.csv'),
    tree: need(dir, 'tree.csv'),
    manifest: need(dir, 'manifest.json'),
  };
  const path = join(dir, 'report.html');
  writeFileAtomic(path, discoveryReportHtml(texts, lang));
  return { path, lang };
}
