/**
 * The game API of the library (sim/index.ts): a program parses a payoff-table game and analyses it
 * without the command, and gets the stable states `cogov game` reports (Wang et al. 2023's stages).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseTableGame, parseTableGameText, scanTableGame } from '../../sim/index.js';

const FILE = 'scenarios/games/wang-2023-air-pollution.yaml';

describe('library: table games without the command', () => {
  it('parses and analyses a payoff table: the ESS of each stage', () => {
    const parsed = parseTableGameText(readFileSync(FILE, 'utf8'), FILE);
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
    const result = analyseTableGame(parsed.value);
    expect(result.stages.map((s) => s.ess)).toEqual([
      [[0, 0, 0]],
      [[0, 0, 1]],
      [[1, 0, 1]],
      [[1, 1, 1]],
      [[1, 1, 0]],
    ]);
    const scan = scanTableGame(parsed.value, parsed.value.parameterNames[0], [1, 2]);
    expect(scan.values).toEqual([1, 2]);
    expect(scan.ess).toHaveLength(2);
  });

  it('returns positioned issues for a bad file instead of throwing', () => {
    const parsed = parseTableGameText('players: 3\n', 'bad.yaml');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0].line).toBe(1);
  });
});
