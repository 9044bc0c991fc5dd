/**
 * A file written under a temporary name in its target folder and renamed into place on commit, the
 * one mechanism behind every streamed output (CSV tables, values.bin, Parquet): all bytes are
 * written (a short write on a filling disk is continued, so it fails instead of truncating), and a
 * failed commit or an abort removes the temporary file.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Name prefix of temp files in an output folder (removed before a new ensemble writes there). */
export const TMP_PREFIX = '.cogov-tmp-';

let tmpCounter = 0;

/** An open temporary file that becomes `path` on {@link TempFile.commit}. */
export class TempFile {
  readonly tmp: string;
  private fd: number | undefined;

  constructor(readonly path: string) {
    tmpCounter++;
    this.tmp = join(dirname(path), `${TMP_PREFIX}${process.pid}-${tmpCounter}`);
    this.fd = openSync(this.tmp, 'w');
  }

  /** Write every byte of `bytes` (throws when the disk refuses). */
  writeAll(bytes: Uint8Array): void {
    const fd = this.fd;
    if (fd === undefined) throw new Error(`${this.path}: written after commit or abort`);
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
  }

  /** Run `finish` (the last writes), close and rename into place; on failure remove the temp file and rethrow. */
  commit(finish: () => void = () => {}): void {
    try {
      finish();
      closeSync(this.fd!);
      this.fd = undefined;
      renameSync(this.tmp, this.path);
    } catch (err) {
      this.abort();
      throw err;
    }
  }

  /** Close and remove the temp file (after a failure). */
  abort(): void {
    const fd = this.fd;
    this.fd = undefined;
    try {
      if (fd !== undefined) closeSync(fd);
    } finally {
      rmSync(this.tmp, { force: true });
    }
  }
}
