/**
 * Regenerates the parameter tables of docs/MODEL.md from the scenario schema (`npm run docs:params`).
 *
 *   tsx sim/io/params-doc-cli.ts            print the tables
 *   tsx sim/io/params-doc-cli.ts --write    replace the block between the params markers in the doc
 *   tsx sim/io/params-doc-cli.ts --check    exit 1 when the doc's block is out of date
 *
 * `--file PATH` names another document (default docs/MODEL.md, relative to the working directory).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extractParamsBlock, parameterTables, replaceParamsBlock } from '../../scenarios/params-doc.js';

function main(args: readonly string[]): number {
  const fileAt = args.indexOf('--file');
  const file = fileAt >= 0 ? args[fileAt + 1] : 'docs/MODEL.md';
  if (!file) {
    process.stderr.write('--file needs a path\n');
    return 2;
  }
  const tables = parameterTables();
  if (!args.includes('--write') && !args.includes('--check')) {
    process.stdout.write(tables);
    return 0;
  }
  const doc = readFileSync(file, 'utf8');
  if (args.includes('--check')) {
    if (extractParamsBlock(doc) === tables) return 0;
    process.stderr.write(`${file}: parameter tables are out of date; run npm run docs:params\n`);
    return 1;
  }
  const next = replaceParamsBlock(doc, tables);
  if (next !== doc) writeFileSync(file, next);
  process.stdout.write(`${file}: parameter tables ${next === doc ? 'already up to date' : 'updated'}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
