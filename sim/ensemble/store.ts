/**
 * Binary run records: one finished run's key indicators and metric-major trajectories, framed and
 * checksummed so a file cut short by `kill -9` or a crash is detected and its torn tail dropped.
 * Used for the resume journal (`DIR/.journal/runs.bin`, records in completion order) and for a
 * shard's `values.bin` (records in run-index order).
 *
 * Record: u32 magic, u32 run index, u32 seed, u32 count of f64 that follow, then the indicators and
 * the values as little-endian f64, then u32 CRC-32 of everything before it and u32 zero padding.
 */
import { closeSync, fstatSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import { endianness } from 'node:os';

const MAGIC = 0x56474f43; // "COGV"
const HEADER = 16;
const TRAILER = 8;

if (endianness() !== 'LE') throw new Error('cogov run records need a little-endian machine');

/** Sizes of a record: key indicators and metric rows of `ticks` values. */
export interface RecordLayout {
  indicators: number;
  metrics: number;
  ticks: number;
}

/** One finished run as stored. */
export interface RunRecord {
  index: number;
  seed: number;
  indicators: Float64Array;
  /** Metric-major: values[m × ticks + t]. */
  values: Float64Array;
}

/** Bytes of one record. */
export function recordBytes(l: RecordLayout): number {
  return HEADER + 8 * (l.indicators + l.metrics * l.ticks) + TRAILER;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 (IEEE) of bytes [0, end). */
export function crc32(bytes: Uint8Array, end = bytes.length): number {
  let c = -1;
  for (let i = 0; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** Encode a record. */
export function encodeRecord(l: RecordLayout, r: RunRecord): Uint8Array {
  const bytes = new Uint8Array(recordBytes(l));
  const head = new DataView(bytes.buffer);
  head.setUint32(0, MAGIC, true);
  head.setUint32(4, r.index, true);
  head.setUint32(8, r.seed, true);
  head.setUint32(12, l.indicators + l.metrics * l.ticks, true);
  const f = new Float64Array(bytes.buffer, HEADER, l.indicators + l.metrics * l.ticks);
  f.set(r.indicators, 0);
  f.set(r.values, l.indicators);
  const end = bytes.length - TRAILER;
  head.setUint32(end, crc32(bytes, end), true);
  return bytes;
}

/** Decode a record, or undefined when the bytes are not a whole valid record of this layout. */
export function decodeRecord(l: RecordLayout, bytes: Uint8Array): RunRecord | undefined {
  if (bytes.length !== recordBytes(l)) return undefined;
  const head = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const count = l.indicators + l.metrics * l.ticks;
  if (head.getUint32(0, true) !== MAGIC || head.getUint32(12, true) !== count) return undefined;
  const end = bytes.length - TRAILER;
  if (head.getUint32(end, true) !== crc32(bytes, end)) return undefined;
  const copy = new Float64Array(count);
  copy.set(
    new Float64Array(bytes.buffer.slice(bytes.byteOffset + HEADER, bytes.byteOffset + HEADER + 8 * count)),
  );
  return {
    index: head.getUint32(4, true),
    seed: head.getUint32(8, true),
    indicators: copy.subarray(0, l.indicators),
    values: copy.subarray(l.indicators),
  };
}

/** Where a file of records holds each run index. */
export interface RecordIndex {
  /** File offset of each run index present (first valid record wins). */
  offsets: Map<number, number>;
  /** Bytes of whole valid records from the start. */
  validBytes: number;
  /** Bytes after the last valid record (a torn or corrupt tail). */
  tailBytes: number;
}

/** Scan a record file from the start, stopping at the first torn or invalid record. */
export function scanRecords(fd: number, l: RecordLayout): RecordIndex {
  const size = fstatSync(fd).size;
  const len = recordBytes(l);
  const buf = new Uint8Array(len);
  const offsets = new Map<number, number>();
  let pos = 0;
  while (pos + len <= size) {
    if (readSync(fd, buf, 0, len, pos) !== len) break;
    const r = decodeRecord(l, buf);
    if (!r) break;
    if (!offsets.has(r.index)) offsets.set(r.index, pos);
    pos += len;
  }
  return { offsets, validBytes: pos, tailBytes: size - pos };
}

/** A record file open for random reads by run index. */
export class RecordReader {
  private readonly buf: Uint8Array;
  private constructor(
    private readonly fd: number,
    private readonly layout: RecordLayout,
    readonly index: RecordIndex,
    readonly path: string,
  ) {
    this.buf = new Uint8Array(recordBytes(layout));
  }

  /**
   * Open `path`. With `repair`, a torn tail is cut off (a journal after a crash); without it, any
   * bytes after the last valid record make the file unreadable (a shard's finished `values.bin`).
   */
  static open(path: string, layout: RecordLayout, repair: boolean): RecordReader {
    const fd = openSync(path, repair ? 'r+' : 'r');
    try {
      const index = scanRecords(fd, layout);
      if (index.tailBytes > 0) {
        if (!repair) throw new Error(`${path}: ${index.tailBytes} bytes after the last valid run record`);
        ftruncateSync(fd, index.validBytes);
        index.tailBytes = 0;
      }
      return new RecordReader(fd, layout, index, path);
    } catch (err) {
      closeSync(fd);
      throw err;
    }
  }

  has(runIndex: number): boolean {
    return this.index.offsets.has(runIndex);
  }

  /** The record of run `runIndex` (it must be present). */
  read(runIndex: number): RunRecord {
    const at = this.index.offsets.get(runIndex);
    if (at === undefined) throw new Error(`${this.path}: run ${runIndex} missing`);
    readSync(this.fd, this.buf, 0, this.buf.length, at);
    const r = decodeRecord(this.layout, this.buf);
    if (!r || r.index !== runIndex) throw new Error(`${this.path}: run ${runIndex} unreadable`);
    return r;
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** Appends records to a file, one write per record (a crash can only tear the last one). */
export class RecordAppender {
  private readonly fd: number;
  constructor(
    path: string,
    private readonly layout: RecordLayout,
  ) {
    this.fd = openSync(path, 'a');
  }

  append(r: RunRecord): void {
    const bytes = encodeRecord(this.layout, r);
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done);
  }

  close(): void {
    closeSync(this.fd);
  }
}
