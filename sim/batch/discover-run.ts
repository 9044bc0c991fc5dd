/**
 * `discover`: scenario discovery over a sweep's or optimisation's output folder — read the cases,
 * mark those meeting the `where` condition, find PRIM's box, its stability and a CART tree, and
 * write boxes.csv, box-limits.csv, tree.csv, tree.txt, report.html and manifest.json (last) into
 * `out` (default DIR/discover). The library call behind `cogov discover`; errors a user can fix are
 * {@link DiscoverInputError} or {@link DiscoverWhereError} (exit 2 in the CLI).
 */
import { join } from 'node:path';
import { DiscoveryInputError } from '../analysis/prim-box.js';
import type { Lang } from '../kernel/i18n.js';
import { renderMessage } from '../../scenarios/messages.js';
import type { ExprError } from '../../scenarios/expr-errors.js';
import {
  BoxChoiceError,
  DISCOVERY_DEFAULTS,
  type DiscoveryParameters,
  type DiscoveryResult,
  discoverCases,
} from '../experiments/discover.js';
import { compileWhere, WhereValueError } from '../experiments/discover-where.js';
import { msg } from '../messages/catalog.js';
import { DISCOVERY_FILES, type DiscoveryManifestJson } from '../outputs/discovery.js';
import { jsonNumber } from '../outputs/json.js';
import { writeFileAtomic } from '../io/atomic.js';
import { makeDir } from '../io/make-dir.js';
import { cogovVersion } from '../io/version.js';
import { discoveryReportHtml } from '../../viz/io/discover-report.js';
import { boxesCsv, boxLimitsCsv, treeCsv, treeTxt } from './discover-outputs.js';
import { DiscoverInputError, type DiscoverySource, readDiscoverySource } from './discover-input.js';

/** A --where condition that does not compile or does not give true/false, said in any language. */
export class DiscoverWhereError extends Error {
  constructor(
    readonly where: string,
    readonly names: readonly string[],
    readonly problem: { expr: ExprError } | { value: string },
  ) {
    super('');
    this.name = 'DiscoverWhereError';
    this.message = this.in('en');
  }

  /** The message in `lang`: what is wrong, where (a caret under the position), the names allowed. */
  in(lang: Lang): string {
    const p = this.problem;
    if ('expr' in p) {
      return msg(lang, 'discoverBadWhere', {
        where: this.where,
        detail: renderMessage(lang, p.expr.detail),
        caret: `${' '.repeat(Math.max(0, p.expr.index))}^`,
        names: this.names.join(', '),
      });
    }
    return msg(lang, 'discoverWhereNotBoolean', {
      where: this.where,
      value: p.value,
      example: `${this.names[0] ?? 'x'} < 1`,
    });
  }
}

/** Options of {@link discover}: the condition, the output folder and PRIM's parameters. */
export interface DiscoverOptions extends Partial<Omit<DiscoveryParameters, 'seed'>> {
  where: string;
  /** Output folder (default DIR/discover); null writes nothing. */
  out?: string | null;
  /** Seed of the resampling (default: the source's seed, else 1). */
  seed?: number;
  /** Language of report.html (default English). */
  lang?: Lang;
  /** The command line, for the manifest. */
  command?: string;
}

/** What {@link discover} found and wrote. */
export interface DiscoverReport {
  source: DiscoverySource;
  result: DiscoveryResult;
  manifest: DiscoveryManifestJson;
  out: string | null;
  files: string[];
}

function noVariation(
  key: 'discoverNoneOfInterest' | 'discoverAllOfInterest' | 'discoverNoCases',
  where: string,
  r: { used: number; excluded: number; read: number },
) {
  return new DiscoverInputError(key, { where, used: r.used, read: r.read, excluded: r.excluded });
}

/** Run a discovery over the folder `dir` (see the file comment); `read`: the folder already read. */
export function discover(dir: string, options: DiscoverOptions, read?: DiscoverySource): DiscoverReport {
  const source = read ?? readDiscoverySource(dir);
  const where = compileWhere(options.where, source.indicators);
  if ('kind' in where) throw new DiscoverWhereError(options.where, source.indicators, { expr: where });
  const given = <K extends keyof DiscoveryParameters>(k: K): DiscoveryParameters[K] =>
    (options[k as keyof DiscoverOptions] as DiscoveryParameters[K] | undefined) ??
    (DISCOVERY_DEFAULTS[k as keyof typeof DISCOVERY_DEFAULTS] as DiscoveryParameters[K]);
  const p: DiscoveryParameters = {
    per: given('per'),
    alpha: given('alpha'),
    pasteAlpha: options.pasteAlpha ?? given('alpha'),
    minMass: given('minMass'),
    threshold: given('threshold'),
    box: given('box'),
    maxDepth: given('maxDepth'),
    minLeaf: given('minLeaf'),
    resamples: given('resamples'),
    resampleFraction: given('resampleFraction'),
    seed: options.seed ?? source.seed ?? 1,
  };
  checkParameters(p);
  let result: DiscoveryResult;
  try {
    result = discoverCases(source.cases, where, p);
  } catch (err) {
    if (err instanceof WhereValueError) {
      throw new DiscoverWhereError(options.where, source.indicators, { value: err.shown });
    }
    if (err instanceof BoxChoiceError)
      throw new DiscoverInputError('discoverBoxRange', { box: err.box, last: err.last });
    if (err instanceof DiscoveryInputError) {
      const read = source.cases.groups.length;
      const counts = countsFor(source, where, p, read);
      if (err.code === 'noneOfInterest') throw noVariation('discoverNoneOfInterest', options.where, counts);
      if (err.code === 'allOfInterest') throw noVariation('discoverAllOfInterest', options.where, counts);
      throw noVariation('discoverNoCases', options.where, counts);
    }
    throw err;
  }
  const files: string[] = [...DISCOVERY_FILES];
  const manifest: DiscoveryManifestJson = {
    kind: 'discovery',
    cogovVersion: cogovVersion(),
    source: { dir: source.dir, kind: source.kind, files: source.files },
    sourceName: source.name,
    calendar: source.calendar,
    where: options.where,
    whereNames: where.names,
    per: p.per,
    parameters: {
      alpha: p.alpha,
      pasteAlpha: p.pasteAlpha,
      minMass: p.minMass,
      threshold: p.threshold,
      box: p.box,
      maxDepth: p.maxDepth,
      minLeaf: result.minLeaf,
      resamples: p.resamples,
      resampleFraction: p.resampleFraction,
      seed: p.seed,
    },
    cases: result.cases,
    inputs: result.inputs.map((d) => ({ name: d.name, kind: d.kind })),
    chosenStep: result.chosen,
    thresholdMet: result.thresholdMet,
    stability: {
      resamples: result.stability.resamples,
      usable: result.stability.usable,
      sameInputsShare: jsonNumber(result.stability.sameInputsShare),
    },
    command: options.command ?? null,
    files,
  };
  const out = options.out === null ? null : (options.out ?? join(dir, 'discover'));
  if (out !== null) {
    const texts = {
      boxes: boxesCsv(result),
      limits: boxLimitsCsv(result),
      tree: treeCsv(result),
      manifest: `${JSON.stringify(manifest, null, 2)}\n`,
    };
    makeDir(out);
    writeFileAtomic(join(out, 'boxes.csv'), texts.boxes);
    writeFileAtomic(join(out, 'box-limits.csv'), texts.limits);
    writeFileAtomic(join(out, 'tree.csv'), texts.tree);
    writeFileAtomic(join(out, 'tree.txt'), treeTxt(result, options.where, p.maxDepth));
    writeFileAtomic(join(out, 'report.html'), discoveryReportHtml(texts, options.lang ?? 'en'));
    // Last: a folder with a manifest is complete.
    writeFileAtomic(join(out, 'manifest.json'), texts.manifest);
  }
  return { source, result, manifest, out, files: out === null ? [] : files };
}

/** Parameters outside their ranges (a library caller; the CLI checks its flags itself). */
function checkParameters(p: DiscoveryParameters): void {
  const within = (flag: string, v: number, lo: number, hi: number, range: string, integer = false) => {
    if (!(v >= lo && v <= hi) || (integer && !Number.isInteger(v))) {
      throw new DiscoverInputError('discoverBadNumber', { flag, range, value: String(v) });
    }
  };
  within('alpha', p.alpha, 1e-9, 0.5, '(0, 0.5]');
  within('pasteAlpha', p.pasteAlpha, 1e-9, 0.5, '(0, 0.5]');
  within('minMass', p.minMass, 1e-9, 1, '(0, 1]');
  within('threshold', p.threshold, 0, 1, '[0, 1]');
  within('maxDepth', p.maxDepth, 0, 30, '0–30', true);
  within('resamples', p.resamples, 0, 10_000, '0–10,000', true);
  within('resampleFraction', p.resampleFraction, 1e-9, 1, '(0, 1]');
  if (p.minLeaf !== null) within('minLeaf', p.minLeaf, 1, Number.MAX_SAFE_INTEGER, '≥ 1', true);
  if (p.box !== null) within('box', p.box, 0, Number.MAX_SAFE_INTEGER, '≥ 0', true);
  if (p.per !== 'run' && p.per !== 'point')
    throw new DiscoverInputError('discoverPer', { value: String(p.per) });
}

/** Cases read, excluded and used, for the message when the condition does not vary. */
function countsFor(
  source: DiscoverySource,
  where: ReturnType<typeof compileWhere> & { names: string[] },
  p: DiscoveryParameters,
  read: number,
): { read: number; used: number; excluded: number } {
  const ind = source.cases.indicators;
  const groups = p.per === 'point' ? new Set(source.cases.groups).size : read;
  // Per run: a case is excluded when a name it reads is empty; per point, when every replicate is.
  const byGroup = new Map<string, boolean>();
  source.cases.groups.forEach((g, i) => {
    const defined = where.names.every((n) => Number.isFinite(ind.get(n)?.[i] ?? Number.NaN));
    if (p.per === 'point') byGroup.set(g, (byGroup.get(g) ?? false) || defined);
    else byGroup.set(String(i), defined);
  });
  const used = [...byGroup.values()].filter(Boolean).length;
  return { read: groups, used, excluded: groups - used };
}
