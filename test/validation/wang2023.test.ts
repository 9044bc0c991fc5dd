/**
 * A published tripartite game reproduced from its authors' own code (docs/VALIDATION.md D1b): Wang,
 * Jia, He, Wang & Huang (2023), J. Cleaner Production 418:138074, scenario 4, entered as a payoff
 * table in scenarios/games/wang-2023-air-pollution.yaml from github.com/Carl723000/A-Tripartite-
 * Evolutionary-Game-of-Enterprises-Public-and-Government (Evolutionary_Game.m, differential.m).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deltasField } from '../../sim/game/replicator.js';
import { tableDynamics } from '../../sim/game/table.js';
import { analyseTableGame, GRID27, scanTableGame } from '../../sim/game/table-analysis.js';
import { parseTableGameText, type TableGame } from '../../sim/game/table-load.js';
import { makeRng } from '../../sim/kernel/rng.js';

const WANG = 'scenarios/games/wang-2023-air-pollution.yaml';

function load(file: string): TableGame {
  const r = parseTableGameText(new Uint8Array(readFileSync(file)), file);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.line}:${i.col} ${i.path} ${i.message}`).join('\n'));
  return r.value;
}

describe('the Wang, Jia, He, Wang & Huang (2023) game, scenario 4', () => {
  const game = load(WANG);
  const result = analyseTableGame(game);
  const expected = [
    [0, 0, 0],
    [0, 0, 1],
    [1, 0, 1],
    [1, 1, 1],
    [1, 1, 0],
  ];

  it('moves its stable state (0,0,0) → (0,0,1) → (1,0,1) → (1,1,1) → (1,1,0), all 27 starts reaching it', () => {
    expect(result.stages).toHaveLength(5);
    result.stages.forEach((st, s) => {
      expect(st.ess, `stage ${s}`).toEqual([expected[s]]);
      expect(st.outcomes).toHaveLength(27);
      for (const o of st.outcomes) expect(o.corner, `stage ${s} from ${o.start}`).toEqual(expected[s]);
    });
    expect(result.stages[0].outcomes.map((o) => o.start)).toEqual(GRID27);
  });

  it('has the field of the authors’ differential.m (their hand-simplified equations) at every stage', () => {
    // differential.m, transcribed: A = [x PA Pe CA eA Rc alpha beta gamma],
    // B = [y CH CB1 delta CB0 epsilon Rp zeta eta theta lambda], C = [z CG1 CE gov G0 kappa G1].
    const rng = makeRng(3, 'test');
    for (const st of result.stages) {
      const v = (k: string) => st.values.get(k) as number;
      const A = [0, v('PA'), v('Pe'), v('CA'), v('eA'), v('Rc'), v('alpha'), v('beta'), v('gamma')];
      const B = [
        0,
        v('CH'),
        v('CB1'),
        v('delta'),
        v('CB0'),
        v('epsilon'),
        v('Rp'),
        v('zeta'),
        v('eta'),
        v('theta'),
        v('lambda'),
      ];
      const C = [0, v('CG1'), v('CE'), v('gov'), v('G0'), v('kappa'), v('G1')];
      const a = (i: number) => A[i - 1];
      const b = (i: number) => B[i - 1];
      const c = (i: number) => C[i - 1];
      const g = tableDynamics(st.table);
      const ours = new Float64Array(3);
      for (let k = 0; k < 50; k++) {
        const [x, y, z] = [rng.next(), rng.next(), rng.next()];
        const X = [x, y, z];
        const X1 = X[0];
        const X2 = X[1];
        const X3 = X[2];
        const theirs = [
          X1 *
            (X1 - 1) *
            ((1 - c(4)) * X3 * a(3) * a(5) * a(7) -
              X3 * a(2) * a(8) -
              X3 * a(2) * a(7) +
              (1 - c(4)) * X3 * a(3) * a(5) * a(8) +
              (c(4) - 1) * X3 * a(3) * a(7) +
              (c(4) - 1) * X3 * a(3) * a(8) +
              -b(9) * X2 * a(2) +
              (1 - c(4)) * a(3) * a(5) +
              (a(4) - a(6) - a(4) * a(9)) * a(5)),
          -X2 *
            (X2 - 1) *
            (b(5) - b(3) * b(4) + b(2) * b(11) + b(7) * b(8) - b(2) * b(11) * X1 + b(3) * b(4) * b(6) * X3),
          -X3 *
            (X3 - 1) *
            (c(5) -
              -a(8) * a(3) * a(5) * c(4) -
              (-a(7) - a(8)) * a(3) * a(5) * X1 -
              a(8) * a(3) * a(5) -
              (-a(7) - a(8)) * a(3) * c(4) * X1 -
              a(8) * a(3) * c(4) -
              (a(7) + a(8)) * a(3) * X1 -
              -a(8) * a(3) -
              (a(7) + a(8)) * a(2) * X1 -
              -a(8) * a(2) -
              (b(3) * b(4) * b(6) - c(7) * b(10) - c(5) * b(10)) * X2 -
              (a(7) + a(8)) * a(3) * a(5) * c(4) * X1 -
              c(2) +
              c(7)),
        ];
        deltasField(g, x, y, z, ours);
        for (let i = 0; i < 3; i++) expect(ours[i]).toBeCloseTo(theirs[i], 9);
      }
    }
  });

  it('says "non-hyperbolic" where an eigenvalue is exactly 0 instead of calling it a saddle', () => {
    const st1 = result.stages[1];
    const e = st1.equilibria.find((q) => q.point.join('') === '100');
    expect(e?.eigenvalues[2].re).toBe(0);
    expect(e?.stability).toBe('nonHyperbolic');
  });

  it('locates where the ESS set changes in a scan (G0 from 0 to 40: (0,0,0) until G0 = 20, then (0,0,1))', () => {
    const values = Array.from({ length: 41 }, (_, k) => k);
    const scan = scanTableGame(game, 'G0', values);
    expect(scan.ess[0]).toEqual([[0, 0, 0]]);
    expect(scan.ess[40]).toEqual([[0, 0, 1]]);
    expect(scan.changes.length).toBeGreaterThan(0);
    for (const c of scan.changes) expect(c.at).toBeCloseTo(20, 6);
    // The analytic threshold: λ_z at (0,0,0) = G0 + G1 − CG1 + β·P − κ·gov·Pe·eA... with β = 0, α = 0:
    // Δz(0,0) = G0 + G1 − CG1 = G0 − 20 at the base (G1 = 5, CG1 = 25).
  });
});
