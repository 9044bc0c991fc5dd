import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGame } from '../../sim/game/game.js';
import { GameSchema } from '../../sim/game/schema.js';
import { cogovInProcess, hasStackTrace } from '../cli/helpers.js';

const ws = mkdtempSync(join(tmpdir(), 'cogov-game-bound-'));
afterAll(() => rmSync(ws, { recursive: true, force: true }));

const BOUNDS =
  'payoffs: { W: 1000000, L: 1000000, Cg: -1000000, Se: -1000000, Sr: -1000000, Re: 1000000, Ce: -1000000, Br: 1000000, Cr: -1000000 }';

function game(name: string, text: string): string {
  const file = join(ws, name);
  writeFileSync(file, text);
  return file;
}

describe('cogov game: work bounded by the schema limits', () => {
  it('payoffs at their bounds with zero agents: positioned refusal on ode.tEnd (en, zh), exit 2', async () => {
    const file = game('steps.yaml', `${BOUNDS}\node: { tEnd: 10000 }\nabm: { agents: 0 }\n`);
    const en = await cogovInProcess(['game', file]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`${file}:2:14: ode.tEnd: expected at most 1000000 recorded steps`);
    expect(hasStackTrace(en.stderr)).toBe(false);
    const zh = await cogovInProcess(['game', file, '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`${file}:2:14: ode.tEnd: 记录步数应不超过 1000000`);
  });

  it('too many agent revisions: positioned refusal on abm.agents; the same through --agents', async () => {
    const file = game('agents.yaml', `${BOUNDS}\node: { tEnd: 0.1 }\nabm: { agents: 10000000 }\n`);
    const r = await cogovInProcess(['game', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:3:16: abm.agents: expected at most`);
    const flag = await cogovInProcess([
      'game',
      'scenarios/games/tripartite-default.yaml',
      '--agents',
      '10000000',
    ]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('agent revisions');
    expect(hasStackTrace(flag.stderr)).toBe(false);
  });

  it('runGame itself refuses unbounded work instead of running for hours', () => {
    const g = GameSchema.parse({ payoffs: { W: 1e6, L: 1e6 }, ode: { tEnd: 10_000 }, abm: { agents: 0 } });
    expect(() => runGame(g)).toThrow(/game too large/);
  });
});
