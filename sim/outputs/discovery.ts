/**
 * The contract of `cogov discover`'s output folder (default DIR/discover/), imported by its writer
 * (sim/batch/discover-outputs.ts) and its reader (viz/discover-data.ts, the report):
 * - `boxes.csv` ({@link BOXES_COLUMNS}): PRIM's peeling and pasting trajectory, one row per box: its
 *   step (0 = every case), phase (start, peel, paste), cases and cases of interest inside, coverage,
 *   density and mass (shares 0..1), how many and which inputs it restricts (names joined by ";"),
 *   and whether it is the chosen box;
 * - `box-limits.csv` ({@link BOX_LIMITS_COLUMNS}): one row per input (factor) of the chosen box: kind
 *   (numeric or categorical), whether restricted, its limits (lo, hi; or the categories kept, joined
 *   by ";"), the input's whole range or categories, the quasi-p-value of the restriction (empty when
 *   unrestricted) with the cases and cases of interest of the box without it, and the share of the
 *   resampled boxes that restrict the input (empty when no resample could run);
 * - `tree.csv` ({@link TREE_COLUMNS}): the CART tree's nodes in depth-first order; `tree.txt`: the
 *   same tree as indented text;
 * - `manifest.json`: {@link DiscoveryManifestJson}; `report.html`.
 */

/** The files `cogov discover` writes. */
export const DISCOVERY_FILES = [
  'boxes.csv',
  'box-limits.csv',
  'tree.csv',
  'tree.txt',
  'manifest.json',
  'report.html',
] as const;

/** Columns of boxes.csv. */
export const BOXES_COLUMNS = [
  'step',
  'phase',
  'n',
  'ofInterest',
  'coverage',
  'density',
  'mass',
  'restrictedCount',
  'restricted',
  'chosen',
] as const;

/** Columns of box-limits.csv. */
export const BOX_LIMITS_COLUMNS = [
  'input',
  'kind',
  'restricted',
  'lo',
  'hi',
  'categories',
  'rangeLo',
  'rangeHi',
  'rangeCategories',
  'quasiP',
  'nWithout',
  'ofInterestWithout',
  'resampleShare',
] as const;

/** Columns of tree.csv (numeric split: `input ≤ threshold` goes left; categorical: `leftCategories` go left). */
export const TREE_COLUMNS = [
  'node',
  'parent',
  'depth',
  'n',
  'ofInterest',
  'density',
  'input',
  'threshold',
  'leftCategories',
  'left',
  'right',
] as const;

/** The first words of tree.txt (how cogov recognises the file as its own). */
export const TREE_TEXT_HEAD = '# cogov discover: CART tree';

/** Separator of lists inside one CSV cell (input names, categories). */
export const LIST_SEPARATOR = ';';

/** The kinds of folder `cogov discover` reads. */
export type DiscoverySourceKind = 'sweep' | 'optimisation';

/** manifest.json of a discovery. */
export interface DiscoveryManifestJson {
  kind: 'discovery';
  cogovVersion: string;
  /** The folder analysed, its kind, and the files read with their SHA-256. */
  source: { dir: string; kind: DiscoverySourceKind; files: { file: string; sha256: string }[] };
  /** The source experiment's name and the base scenario's calendar (null when its manifest lacks them). */
  sourceName: { en: string; zh: string } | null;
  calendar: { start: string; end: string; keyYear: number } | null;
  /** The condition that makes a case "of interest", as given. */
  where: string;
  /** The indicator names the expression reads. */
  whereNames: string[];
  /** run: every run is a case; point: replicates averaged per design point (or candidate × state). */
  per: 'run' | 'point';
  parameters: {
    alpha: number;
    pasteAlpha: number;
    minMass: number;
    threshold: number;
    /** The step asked for with --box, null for the default choice. */
    box: number | null;
    maxDepth: number;
    minLeaf: number;
    resamples: number;
    resampleFraction: number;
    seed: number;
  };
  /** Cases: read, excluded (the expression undefined: an empty indicator cell), used, of interest. */
  cases: { read: number; excluded: number; used: number; ofInterest: number };
  /** The inputs (the source's factors) in order, with how they were treated. */
  inputs: { name: string; kind: 'numeric' | 'categorical' }[];
  chosenStep: number;
  /** Whether the chosen box's density reaches the threshold. */
  thresholdMet: boolean;
  stability: { resamples: number; usable: number; sameInputsShare: number | null };
  command: string | null;
  files: string[];
}
