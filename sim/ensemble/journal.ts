/**
 * The resume journal of an unfinished ensemble, in `DIR/.journal/`: `meta.json` says which ensemble
 * it belongs to (version, scenario hash, base seed, runs, shard, record layout) and `runs.bin` holds
 * one checksummed record per finished run, appended as runs complete. After Ctrl-C, `kill -9` or a
 * crash, `--resume` keeps every whole record, cuts a torn last one, and runs only the missing
 * indices; the finished outputs are rebuilt from the records in run-index order, so they are the
 * same bytes as an uninterrupted ensemble's. The journal is removed once the outputs are written.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import { EnsembleInputError } from './errors.js';
import type { Shard } from './plan.js';
import { checkReadBack, JournalMetaSchema } from './read-back.js';
import { RecordAppender, type RecordLayout, RecordReader, type RunRecord } from './store.js';
import { makeDir } from '../io/make-dir.js';

/** What a journal belongs to; a resume must match every field. */
export interface JournalIdentity {
  cogovVersion: string;
  scenario: string;
  scenarioSha256: string;
  seed: number;
  runs: number;
  shard: Shard | null;
  metrics: string[];
  ticks: number;
  indicators: string[];
}

const FORMAT = 'cogov-journal-1';

/** Folder of the journal inside an output folder. */
export function journalDir(out: string): string {
  return join(out, '.journal');
}

/** The layout of records of this identity. */
export function layoutOf(id: JournalIdentity): RecordLayout {
  return { indicators: id.indicators.length, metrics: id.metrics.length, ticks: id.ticks };
}

/** An open journal: which runs are done, and appending new ones. */
export class Journal {
  private readonly appender: RecordAppender;
  private readonly done: Set<number>;

  private constructor(
    readonly dir: string,
    readonly identity: JournalIdentity,
    done: Iterable<number>,
  ) {
    this.done = new Set(done);
    this.appender = new RecordAppender(join(dir, 'runs.bin'), layoutOf(identity));
  }

  /**
   * Open the journal of `out`. With `resume`, an existing journal must belong to the same ensemble
   * (else {@link EnsembleInputError}) and its finished runs are kept; without, any old journal is
   * discarded and a new one started.
   */
  static open(out: string, identity: JournalIdentity, resume: boolean): Journal {
    const dir = journalDir(out);
    const metaPath = join(dir, 'meta.json');
    if (resume && existsSync(metaPath)) {
      const meta = readMeta(metaPath);
      const want: Record<string, unknown> = { format: FORMAT, ...identity };
      for (const key of Object.keys(want)) {
        if (JSON.stringify(meta[key]) !== JSON.stringify(want[key])) {
          throw new EnsembleInputError('journalOther', {
            dir,
            key,
            was: JSON.stringify(meta[key]),
            now: JSON.stringify(want[key]),
          });
        }
      }
      const runsPath = join(dir, 'runs.bin');
      let indices: number[] = [];
      if (existsSync(runsPath)) {
        const reader = RecordReader.open(runsPath, layoutOf(identity), true);
        indices = [...reader.index.offsets.keys()];
        reader.close();
      }
      return new Journal(dir, identity, indices);
    }
    rmSync(dir, { recursive: true, force: true });
    makeDir(dir);
    writeFileAtomic(metaPath, `${JSON.stringify({ format: FORMAT, ...identity }, null, 2)}\n`);
    return new Journal(dir, identity, []);
  }

  /** True when run `index` is journaled. */
  has(index: number): boolean {
    return this.done.has(index);
  }

  /** Runs journaled. */
  get count(): number {
    return this.done.size;
  }

  /** Journal a finished run (one write; a crash can tear only this record). */
  append(r: RunRecord): void {
    if (this.done.has(r.index)) return;
    this.appender.append(r);
    this.done.add(r.index);
  }

  /** Stop appending. */
  close(): void {
    this.appender.close();
  }

  /** A reader of the journaled runs (after {@link close}). */
  reader(): RecordReader {
    return RecordReader.open(join(this.dir, 'runs.bin'), layoutOf(this.identity), false);
  }

  /** Delete the journal (after the outputs are written). */
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function readMeta(path: string): Record<string, unknown> {
  let meta: unknown;
  try {
    meta = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new EnsembleInputError('journalUnreadable', { path, detail });
  }
  return checkReadBack(JournalMetaSchema, meta, path, {
    invalid: 'journalInvalid',
    missing: 'journalMissing',
  });
}
