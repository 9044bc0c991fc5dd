/** Simulation commands: run and elevator (registered here to keep main.ts small). */
import { basename, extname } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { formatShareTable, shareElevatorCost, type ShareRule } from '../../agents/elevator-share.js';
import { loadScenarioFile } from '../../scenarios/load.js';
import { writeSingleRun } from '../io/single-run.js';
import { runOne } from '../run.js';
import type { CliIo } from './main.js';
import { cogovVersion } from './version.js';

/** Parse an integer flag within bounds (commander argument parser). */
export function intArg(name: string, min: number, max: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!/^-?\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`${name} must be an integer between ${min} and ${max}, got "${v}"`);
    }
    return n;
  };
}

/** Parse a number flag within bounds. */
export function numArg(name: string, min: number, max: number) {
  return (v: string): number => {
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
      throw new InvalidArgumentError(`${name} must be a number between ${min} and ${max}, got "${v}"`);
    }
    return n;
  };
}

/** Identifier of a scenario in outputs: the file name without extension. */
export function scenarioId(file: string): string {
  return basename(file, extname(file));
}

/** Register the simulation commands on the program. */
export function registerCommands(program: Command, io: CliIo): void {
  program
    .command('run')
    .description('run a scenario with a seed and write curves.csv, runs.csv, summary.json and manifest.json')
    .argument('<file>', 'scenario YAML file')
    .option(
      '-s, --seed <n>',
      'run seed (default: the scenario ensemble seed)',
      intArg('--seed', 0, 4_294_967_295),
    )
    .requiredOption('-o, --out <dir>', 'output folder')
    .option('-q, --quiet', 'print nothing on success')
    .action((file: string, opts: { seed?: number; out: string; quiet?: boolean }) => {
      const loaded = loadScenarioFile(file);
      const seed = opts.seed ?? loaded.scenario.ensemble.seed;
      const t0 = performance.now();
      const result = runOne(loaded.scenario, seed);
      const wall = (performance.now() - t0) / 1000;
      writeSingleRun(opts.out, result, {
        version: cogovVersion(),
        scenarioId: scenarioId(file),
        scenarioFile: file,
        scenarioSha256: loaded.sha256,
        nodeVersion: process.version,
        wallTimeSeconds: Math.round(wall * 1000) / 1000,
        command: `cogov run ${file} --seed ${seed} --out ${opts.out}`,
      });
      if (!opts.quiet) {
        const k = result.indicators;
        io.out(
          `${scenarioId(file)} seed ${seed}: ${k.householdsRenovated} households renovated, ` +
            `${k.elevatorsInstalled} elevators, vote pass rate ${(k.votePassRate * 100).toFixed(1)} %, ` +
            `fiscal cost ${Math.round(k.fiscalCostPerHousehold)} RMB/household (${wall.toFixed(2)} s)\n` +
            `wrote ${opts.out}/curves.csv, runs.csv, summary.json, manifest.json\n`,
        );
      }
    });

  program
    .command('elevator')
    .description('elevator cost-sharing calculator: per-household share table for one building unit')
    .option('--storeys <n>', 'storeys of the building', intArg('--storeys', 2, 12), 6)
    .option('--per-floor <n>', 'households per floor', intArg('--per-floor', 1, 8), 2)
    .option('--area <m2>', 'exclusive area per household (m²)', numArg('--area', 1, 1000), 70)
    .option('--cost <rmb>', 'elevator cost (RMB)', numArg('--cost', 0, 1e8), 550_000)
    .option('--subsidy <rmb>', 'public subsidies (RMB)', numArg('--subsidy', 0, 1e8), 150_000)
    .option('--rule <rule>', 'floor-coefficients | negotiated | shapley', 'shapley')
    .option(
      '--compensation <share>',
      'ground-floor compensation fund as a share of cost',
      numArg('--compensation', 0, 1),
      0,
    )
    .option('--lang <lang>', 'en | zh', 'en')
    .option('--json', 'print JSON instead of a table')
    .action(
      (opts: {
        storeys: number;
        perFloor: number;
        area: number;
        cost: number;
        subsidy: number;
        rule: string;
        compensation: number;
        lang: string;
        json?: boolean;
      }) => {
        const rules: Record<string, ShareRule> = {
          'floor-coefficients': { kind: 'floor-coefficients' },
          negotiated: { kind: 'negotiated' },
          shapley: { kind: 'shapley' },
        };
        const rule = rules[opts.rule];
        if (!rule)
          throw new InvalidArgumentError(
            `--rule must be floor-coefficients, negotiated or shapley, got "${opts.rule}"`,
          );
        if (opts.lang !== 'en' && opts.lang !== 'zh')
          throw new InvalidArgumentError(`--lang must be en or zh, got "${opts.lang}"`);
        const result = shareElevatorCost({
          storeys: opts.storeys,
          householdsPerFloor: opts.perFloor,
          areas: opts.area,
          totalCost: opts.cost,
          subsidy: Math.min(opts.subsidy, opts.cost),
          rule,
          compensation: opts.compensation > 0 ? { costShare: opts.compensation } : undefined,
        });
        io.out(
          opts.json ? `${JSON.stringify(result, null, 2)}\n` : formatShareTable(result, { lang: opts.lang }),
        );
      },
    );
}
