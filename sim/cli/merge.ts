/** `cogov merge DIR... --out OUT`: combine shard outputs into the outputs of the whole ensemble. */
import type { Command } from 'commander';
import { EnsembleInputError } from '../ensemble/errors.js';
import { mergeShards } from '../ensemble/merge.js';
import { writeReport } from '../../viz/io/report.js';
import { usageError } from './errors.js';
import type { CliIo } from './main.js';

/** Quote a shell word when it needs it (for printed commands). */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Register `merge` on the program. */
export function registerMerge(program: Command, io: CliIo): void {
  program
    .command('merge')
    .description(
      'combine the outputs of "cogov run --shard k/n" into curves.csv, runs.csv, summary.json, manifest.json',
    )
    .argument('<dirs...>', 'shard output folders (all n shards of one ensemble)')
    .requiredOption('-o, --out <dir>', 'output folder')
    .option('--trajectories', 'also write trajectories.csv (every run, metric and tick)')
    .option('-q, --quiet', 'print nothing on success')
    .action((dirs: string[], opts: { out: string; trajectories?: boolean; quiet?: boolean }) => {
      const command = [
        'cogov',
        'merge',
        ...dirs,
        '--out',
        opts.out,
        ...(opts.trajectories ? ['--trajectories'] : []),
      ]
        .map(shellQuote)
        .join(' ');
      let merged: ReturnType<typeof mergeShards>;
      try {
        merged = mergeShards(dirs, { out: opts.out, trajectories: opts.trajectories, command });
      } catch (err) {
        if (err instanceof EnsembleInputError) throw usageError(`cogov merge: ${err.message}`);
        throw err;
      }
      const html = writeReport(opts.out);
      if (!opts.quiet) {
        const m = merged.manifest;
        io.out(
          `merged ${dirs.length} shards: ${m['runs']} runs of ${m['scenario']} (seed ${m['seed']})\n` +
            `wrote ${merged.files.map((f) => `${opts.out}/${f}`).join(', ')}, ${html.path}\n`,
        );
      }
    });
}
