/**
 * The city map's layout: every community a square cell, grouped by district. The scenario schema
 * gives communities a district but no street and no coordinates (scenarios/schema/city.ts), so
 * within a district cells follow community ids, row by row; area packages (片区) of the
 * `district` bundling mode are runs of ids within a district, so they stay together. Districts are
 * blocks in order of first appearance, wrapped into rows of blocks towards a landscape map. Pure
 * and deterministic: the same districts give the same layout (the explorer's canvas and the
 * report's SVG draw the same picture).
 */

/** One district's block, in cell units. */
export interface LayoutBlock {
  district: string;
  /** Column and row of the block's top-left cell. */
  x: number;
  y: number;
  cols: number;
  rows: number;
  /** Communities in the block. */
  count: number;
  /** Row of blocks the block sits in (each row of blocks has a label strip above it). */
  band: number;
}

/** Where every community sits, in cell units. */
export interface CityLayout {
  /** Column and row of each community's cell (by community id). */
  col: Int32Array;
  row: Int32Array;
  /** Width and height of the whole map in cells (gaps between blocks included). */
  cols: number;
  rows: number;
  blocks: LayoutBlock[];
  /** Rows of blocks: the top row (in cells) of each band. */
  bandTop: number[];
  /** The community in each cell, row-major (cols × rows), −1 where none. */
  grid: Int32Array;
}

/** Cells left empty between blocks. */
const GAP = 1;

/** Lay out communities whose districts (by id) are `districts`. */
export function cityLayout(districts: readonly string[]): CityLayout {
  const order: string[] = [];
  const members = new Map<string, number[]>();
  districts.forEach((d, id) => {
    let m = members.get(d);
    if (!m) {
      m = [];
      members.set(d, m);
      order.push(d);
    }
    m.push(id);
  });
  const n = districts.length;
  // Target width: about 1.6 × as wide as tall overall, but never narrower than the widest block.
  const blockCols = order.map((d) => Math.max(1, Math.ceil(Math.sqrt(members.get(d)!.length))));
  const target = Math.max(Math.max(0, ...blockCols), Math.ceil(Math.sqrt(n * 1.6)) + order.length * GAP);
  const col = new Int32Array(n);
  const row = new Int32Array(n);
  const blocks: LayoutBlock[] = [];
  const bandTop: number[] = [];
  let x = 0;
  let y = 0;
  let bandRows = 0;
  let band = -1;
  let width = 0;
  order.forEach((d, k) => {
    const ids = members.get(d)!;
    const cols = blockCols[k];
    const rows = Math.ceil(ids.length / cols);
    if (band < 0 || (x > 0 && x + cols > target)) {
      if (band >= 0) y += bandRows + GAP;
      band++;
      bandTop.push(y);
      x = 0;
      bandRows = 0;
    }
    ids.forEach((id, i) => {
      col[id] = x + (i % cols);
      row[id] = y + Math.floor(i / cols);
    });
    blocks.push({ district: d, x, y, cols, rows, count: ids.length, band });
    bandRows = Math.max(bandRows, rows);
    width = Math.max(width, x + cols);
    x += cols + GAP;
  });
  const rows = band < 0 ? 0 : y + bandRows;
  const grid = new Int32Array(width * rows).fill(-1);
  for (let i = 0; i < n; i++) grid[row[i] * width + col[i]] = i;
  return { col, row, cols: width, rows, blocks, bandTop, grid };
}

/** A layout placed in pixels: cells of `cell` px, a label strip of `label` px above each band. */
export interface PixelLayout {
  cell: number;
  label: number;
  width: number;
  height: number;
  /** Left and top pixel of each community's cell. */
  px: Int32Array;
  py: Int32Array;
  /** Each block's left pixel, its label's baseline pixel, and its width in pixels. */
  labels: { district: string; x: number; y: number; width: number }[];
}

/** Place `layout` in pixels. */
export function pixelLayout(layout: CityLayout, cell: number, label: number): PixelLayout {
  const bandY = (b: number) => layout.bandTop[b] * cell + (b + 1) * label;
  const n = layout.col.length;
  const px = new Int32Array(n);
  const py = new Int32Array(n);
  const bandOf = new Int32Array(layout.rows + 1);
  for (const b of layout.blocks) for (let r = b.y; r < b.y + b.rows; r++) bandOf[r] = b.band;
  for (let i = 0; i < n; i++) {
    const r = layout.row[i];
    px[i] = layout.col[i] * cell;
    py[i] = r * cell + (bandOf[r] + 1) * label;
  }
  return {
    cell,
    label,
    width: layout.cols * cell,
    height: layout.rows * cell + layout.bandTop.length * label,
    px,
    py,
    labels: layout.blocks.map((b) => ({
      district: b.district,
      x: b.x * cell,
      y: bandY(b.band) - Math.max(1, Math.round(label * 0.25)),
      width: b.cols * cell,
    })),
  };
}

/** The community whose cell holds pixel (x, y), or −1 (hover and click on the map). */
export function cellAt(p: PixelLayout, layout: CityLayout, x: number, y: number): number {
  const col = Math.floor(x / p.cell);
  if (x < 0 || col >= layout.cols) return -1;
  for (let b = layout.bandTop.length - 1; b >= 0; b--) {
    const top = layout.bandTop[b] * p.cell + (b + 1) * p.label;
    if (y < top) continue;
    const row = layout.bandTop[b] + Math.floor((y - top) / p.cell);
    return row < layout.rows ? layout.grid[row * layout.cols + col] : -1;
  }
  return -1;
}
