/**
 * Claiming an output folder before a command does any work: refuse (exit 2) when an input of the
 * command is one of its outputs, when the folder holds a file of an output's name that cogov did not
 * write, or when another cogov process holds the folder's lock; else take the lock until `release`.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../kernel/i18n.js';
import { foreignOutputs } from '../io/own-files.js';
import { LOCK_FILE, type LockOwner, lockOutDir, OutDirLockedError } from '../io/out-lock.js';
import { msg } from '../messages/catalog.js';
import type { CliIo } from './common.js';
import { usageError } from './errors.js';

/** What a command writes to its output folder and which files it reads. */
export interface OutClaim {
  /** The output folder (--out). */
  out: string;
  /** Names of the files the command may write or delete in `out`. */
  writes: readonly string[];
  /** Paths of the files the command reads (inputs); missing ones are ignored. */
  reads: readonly string[];
  /** No note on stderr when a stale lock is taken over (-q). */
  quiet?: boolean;
  /** The command reads the folder itself (`report`): a missing folder is left for it to report, not created. */
  existing?: boolean;
}

function ownerText(lang: Lang, owner: LockOwner | undefined): string {
  return owner ? msg(lang, 'outLockOwner', { ...owner }) : msg(lang, 'outLockUnknown');
}

function real(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** Check and lock `claim.out`; returns the function that releases the lock. Throws exit-2 errors. */
export function claimOutDir(claim: OutClaim, lang: Lang, io: CliIo): () => void {
  const { out } = claim;
  if (claim.existing && !(existsSync(out) && statSync(out).isDirectory())) return () => {};
  if (existsSync(out)) {
    const outputs = new Map<string, string>();
    for (const w of claim.writes) {
      const r = real(join(out, w));
      if (r !== undefined) outputs.set(r, w);
    }
    for (const input of claim.reads) {
      const r = real(input);
      if (r !== undefined && outputs.has(r)) throw usageError(msg(lang, 'outIsInput', { input, out }));
    }
    const foreign = foreignOutputs(out, claim.writes);
    if (foreign.length > 0) throw usageError(msg(lang, 'outForeign', { out, files: foreign.join(', ') }));
  }
  try {
    return lockOutDir(out, (owner) =>
      claim.quiet
        ? undefined
        : io.err(`${msg(lang, 'outStaleLock', { out, owner: ownerText(lang, owner) })}\n`),
    );
  } catch (err) {
    if (!(err instanceof OutDirLockedError)) throw err;
    throw usageError(
      msg(lang, 'outLocked', { out, owner: ownerText(lang, err.owner), lock: join(out, LOCK_FILE) }),
    );
  }
}

/** Run `work` with `claim.out` claimed (see {@link claimOutDir}), releasing the lock however it ends. */
export async function withOutDir<T>(
  claim: OutClaim,
  lang: Lang,
  io: CliIo,
  work: () => Promise<T> | T,
): Promise<T> {
  const release = claimOutDir(claim, lang, io);
  try {
    return await work();
  } finally {
    release();
  }
}
