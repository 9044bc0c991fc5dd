import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { ScenarioError } from '../../scenarios/issues.js';
import { registerCompare } from '../../sim/cli/compare.js';
import { CliError } from '../../sim/cli/errors.js';
import { registerSensitivity } from '../../sim/cli/sensitivity.js';
import { registerSweep } from '../../sim/cli/sweep.js';

/** A city of 8 communities over 18 months: a run takes a few tens of milliseconds. */
export const TINY_YAML = `name: { en: Tiny test city, zh: 微型测试城市 }
description: { en: 8 communities over 18 months, zh: 8个小区，18个月 }
calendar: { start: "2024-07", end: "2025-12", keyYear: 2025 }
ensemble: { runs: 4, seed: 42 }
city:
  generate:
    communities: 8
`;

/** A fresh temp folder holding tiny.yaml. */
export function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cogov-exp-'));
  writeFileSync(join(dir, 'tiny.yaml'), TINY_YAML);
  return dir;
}

/**
 * The experiment commands on a bare program, run in-process as `main` would (exit codes 0, 1, 2),
 * until the lead registers them in commands.ts.
 */
export async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = {
    out: (t: string) => {
      stdout += t;
    },
    err: (t: string) => {
      stderr += t;
    },
  };
  const program = new Command('cogov').exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
  registerCompare(program, io);
  registerSweep(program, io);
  registerSensitivity(program, io);
  let code = 0;
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) code = err.exitCode === 0 ? 0 : 2;
    else if (err instanceof ScenarioError) {
      stderr += `${err.message}\n`;
      code = 2;
    } else if (err instanceof CliError) {
      stderr += `${err.message}\n`;
      code = err.exitCode;
    } else {
      stderr += `cogov: runtime failure: ${err instanceof Error ? err.message : String(err)}\n`;
      code = 1;
    }
  }
  return { code, stdout, stderr };
}
