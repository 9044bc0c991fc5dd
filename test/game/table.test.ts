import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { GAME_SCHEMA_FILE_NAME, gameJsonSchemaText } from '../../sim/game/json-schema.js';
import { describe, expect, it } from 'vitest';
import { eigenvalues3, essTable } from '../../sim/game/ess.js';
import { deltasField, integrateReplicator, renewalDeltas } from '../../sim/game/replicator.js';
import { GameSchema } from '../../sim/game/schema.js';
import { pureEquilibria, tableDynamics, tableJacobian, interiorEquilibria } from '../../sim/game/table.js';
import { analyseTableGame } from '../../sim/game/table-analysis.js';
import { parseTableGameText, type TableGame } from '../../sim/game/table-load.js';
import { TABLE_WORDS } from '../../sim/game/table-words.js';
import { makeRng } from '../../sim/kernel/rng.js';

const RENEWAL = 'scenarios/games/tripartite-default-table.yaml';

function load(file: string): TableGame {
  const r = parseTableGameText(new Uint8Array(readFileSync(file)), file);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.line}:${i.col} ${i.path} ${i.message}`).join('\n'));
  return r.value;
}

/** Parse text; the issues as "line:col path: message". */
function issues(text: string, lang: 'en' | 'zh' = 'en'): string[] {
  const r = parseTableGameText(text, 'g.yaml', lang);
  return r.ok ? [] : r.issues.map((i) => `${i.line}:${i.col} ${i.path}: ${i.message}`);
}

const PLAYERS = `players:
  - { name: { en: A, zh: 甲 }, strategies: [{ en: a1, zh: 甲1 }, { en: a2, zh: 甲2 }] }
  - { name: B, strategies: [b1, b2] }
  - { name: C, strategies: [c1, c2] }
`;

/** A small file whose payoffs are the first player's differences only (others 0). */
function small(payoffs: string, extra = ''): string {
  return `name: test\n${PLAYERS}parameters: { gamma: 2, beta: 0.5, lambda: 1, e: 3 }\n${extra}payoffs:\n${payoffs}`;
}
const ZERO8 = ['111', '110', '101', '100', '011', '010', '001', '000']
  .map((p) => `  "${p}": [0, 0, 0]`)
  .join('\n');

describe('the renewal game as a payoff table', () => {
  const game = load(RENEWAL);
  const result = analyseTableGame(game);
  const sets = [{}, { W: 13, Se: 5.5, Sr: 4 }, { W: 1, L: 1 }];

  it('gives the fixed form’s eigenvalues at every corner and its ODE paths, for sets 1–3', () => {
    result.stages.forEach((st, s) => {
      const p = GameSchema.parse({ payoffs: sets[s] }).payoffs;
      const old = essTable(p);
      for (const row of old) {
        const ours = st.equilibria.find((e) => e.kind === 'pure' && e.point.join() === row.corner.join());
        const a = (ours?.eigenvalues ?? []).map((e) => e.re).sort((u, v) => u - v);
        const b = row.eigenvalues.map((e) => e.re);
        // 6 digits: the fixed form solves the cubic, which loses ~1e-7 at repeated roots (0.5, 0.5);
        // at a corner the Jacobian is diagonal and the table mode reads its diagonal exactly.
        for (let i = 0; i < 3; i++) expect(a[i]).toBeCloseTo(b[i], 6);
        // Where the old table says ESS, so does this one (no eigenvalue is 0 in these sets).
        expect(ours?.stability === 'ESS').toBe(row.stability === 'ESS');
      }
      for (const o of st.outcomes.slice(0, 9)) {
        const ref = integrateReplicator(p, o.start, 60, 0.01, 0.1);
        expect(o.path.t.length).toBe(ref.t.length);
        for (let k = 0; k < ref.t.length; k += 50) {
          expect(o.path.x[k]).toBeCloseTo(ref.x[k], 9);
          expect(o.path.y[k]).toBeCloseTo(ref.y[k], 9);
          expect(o.path.z[k]).toBeCloseTo(ref.z[k], 9);
        }
      }
    });
  });

  it('keeps the validation’s pinned outcomes: set 1 bistable (1,0,0)/(1,1,1), set 2 (1,1,1) only, set 3 (0,0,0)/(0,1,1)', () => {
    expect(result.stages.map((st) => st.ess.map((c) => c.join('')))).toEqual([
      ['100', '111'],
      ['111'],
      ['000', '011'],
    ]);
    const d = renewalDeltas(GameSchema.parse({}).payoffs);
    const g = tableDynamics(result.stages[0].table);
    for (const [y, z] of [
      [0.2, 0.7],
      [0.9, 0.1],
    ]) {
      expect(g.dx(y, z)).toBeCloseTo(d.dx(y, z), 12);
      expect(g.dy(y, z)).toBeCloseTo(d.dy(y, z), 12);
      expect(g.dz(y, z)).toBeCloseTo(d.dz(y, z), 12);
    }
  });
});

describe('table dynamics', () => {
  it('has an analytic Jacobian equal to central differences of the field', () => {
    const rng = makeRng(11, 'test');
    const f = (g: ReturnType<typeof tableDynamics>, p: number[]) => {
      const out = new Float64Array(3);
      deltasField(g, p[0], p[1], p[2], out);
      return out;
    };
    for (let k = 0; k < 20; k++) {
      const table = Float64Array.from({ length: 24 }, () => rng.uniform(-10, 10));
      const g = tableDynamics(table);
      const p = [rng.next(), rng.next(), rng.next()];
      const J = tableJacobian(g, p[0], p[1], p[2]);
      const h = 1e-6;
      for (let j = 0; j < 3; j++) {
        const up = [...p];
        const dn = [...p];
        up[j] += h;
        dn[j] -= h;
        const a = f(g, up);
        const b = f(g, dn);
        for (let i = 0; i < 3; i++) expect(J[3 * i + j]).toBeCloseTo((a[i] - b[i]) / (2 * h), 6);
      }
    }
  });

  it('finds the interior equilibrium of a cyclic game and classifies it from its eigenvalues', () => {
    // Δx = 2y − 1, Δy = 1 − 2z, Δz = 2x − 1: the only interior rest point is (½, ½, ½).
    const table = new Float64Array(24);
    const set = (a: number, b: number, c: number, p: number, v: number) => {
      table[3 * (7 - (4 * a + 2 * b + c)) + p] = v;
    };
    for (const u of [0, 1])
      for (const v of [0, 1]) {
        set(1, u, v, 0, 2 * u - 1);
        set(u, 1, v, 1, 1 - 2 * v);
        set(u, v, 1, 2, 2 * u - 1);
      }
    const g = tableDynamics(table);
    const interior = interiorEquilibria(g);
    expect(interior).toHaveLength(1);
    for (const v of interior[0].point) expect(v).toBeCloseTo(0.5, 9);
    const ref = eigenvalues3(tableJacobian(g, 0.5, 0.5, 0.5));
    expect(interior[0].eigenvalues).toEqual(ref);
    expect(['saddle', 'unstable', 'ESS', 'nonHyperbolic']).toContain(interior[0].stability);
    // No corner of a cyclic game is stable.
    expect(pureEquilibria(g).filter((e) => e.stability === 'ESS')).toEqual([]);
  });
});

describe('general game files', () => {
  it('lets parameters named like mathjs functions and constants (gamma, beta, lambda, e) be parameters', () => {
    const r = parseTableGameText(
      small(ZERO8.replace('"111": [0, 0, 0]', '"111": ["gamma * beta + lambda + e", "max(gamma, e)", 0]')),
      'g.yaml',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.stages[0].table[0]).toBe(2 * 0.5 + 1 + 3);
    expect(r.value.stages[0].table[1]).toBe(3);
  });

  it('evaluates derived values in order, each using the earlier ones', () => {
    const r = parseTableGameText(
      small(
        ZERO8.replace('"111": [0, 0, 0]', '"111": [Q, 0, 0]'),
        'derived: { P: "gamma + 1", Q: "P * 10" }\n',
      ),
      'g.yaml',
    );
    expect(r.ok && r.value.stages[0].table[0]).toBe(30);
    const bad = issues(small(ZERO8, 'derived: { Q: "P * 10", P: "gamma + 1" }\n'));
    expect(bad.join('\n')).toMatch(/^7:16 derived\.Q: unknown name "P"/m);
  });

  it('refuses a missing profile, an extra profile, an unknown name, a reserved name and an unknown stage parameter, each positioned', () => {
    const missing = issues(small(ZERO8.replace('  "010": [0, 0, 0]\n', '')));
    expect(missing.join('\n')).toMatch(/^7:1 payoffs\["010"\]: missing required key "010"/m);
    const extra = issues(small(`${ZERO8}\n  "112": [0, 0, 0]`));
    expect(extra.join('\n')).toMatch(/^16:3 payoffs\["112"\]: unknown key/m);
    const unknown = issues(small(ZERO8.replace('"100": [0, 0, 0]', '"100": ["gamma + delta", 0, 0]')));
    expect(unknown).toHaveLength(1);
    // Line 10, the column of "delta" inside the quoted expression.
    expect(unknown[0]).toMatch(/^11:20 payoffs\["100"\]\[0\]: unknown name "delta"/);
    const col = Number(unknown[0].split(/[: ]/)[1]);
    expect(
      small(ZERO8.replace('"100": [0, 0, 0]', '"100": ["gamma + delta", 0, 0]'))
        .split('\n')[10]
        .slice(col - 1),
    ).toMatch(/^delta/);
    const reserved = issues(`name: t\n${PLAYERS}parameters: { max: 1 }\npayoffs:\n${ZERO8}`);
    expect(reserved.join('\n')).toMatch(/^6:15 parameters\.max: "max" cannot name a parameter/m);
    const stage = issues(small(ZERO8, 'stages: [{ name: s, set: { gama: 1 } }]\n'));
    expect(stage.join('\n')).toMatch(/^7:\d+ stages\[0\]\.set\.gama: .*did you mean "gamma"/m);
    const zh = issues(small(ZERO8, 'stages: [{ name: s, set: { gama: 1 } }]\n'), 'zh');
    expect(zh.join('\n')).toContain('不是本文件的参数');
  });

  it('applies the scenarios’ expression limits: length and nesting depth, positioned', () => {
    const long = `gamma${' + gamma'.repeat(400)}`;
    const tooLong = issues(small(ZERO8.replace('"100": [0, 0, 0]', `"100": ["${long}", 0, 0]`)));
    expect(tooLong.join('\n')).toMatch(/payoffs\["100"\]\[0\]: expected at most 2000 characters/);
    const deep = `${'('.repeat(150)}gamma${')'.repeat(150)}`;
    const tooDeep = issues(small(ZERO8.replace('"100": [0, 0, 0]', `"100": ["${deep}", 0, 0]`)));
    expect(tooDeep.join('\n')).toMatch(/payoffs\["100"\]\[0\]: .*100/);
  });

  it('refuses a payoff that is not finite at some stage, naming the stage', () => {
    const text = small(
      ZERO8.replace('"000": [0, 0, 0]', '"000": ["1 / (gamma - 3)", 0, 0]'),
      'stages: [{ name: s, set: { gamma: 3 } }]\n',
    );
    const out = issues(text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^16:11 payoffs\["000"\]\[0\]: evaluates to Infinity \(stage 1\)/);
    const boolean = issues(small(ZERO8.replace('"000": [0, 0, 0]', '"000": ["gamma > 1", 0, 0]')));
    expect(boolean).toHaveLength(1);
    expect(boolean[0]).toMatch(/payoffs\["000"\]\[0\]: evaluates to true \(base parameters\).*cond \? a : b/);
  });

  it('has every word in English and Chinese with the same placeholders', () => {
    const HAN = /\p{Script=Han}/u;
    const keys = Object.keys(TABLE_WORDS.en);
    expect(Object.keys(TABLE_WORDS.zh).sort()).toEqual([...keys].sort());
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of keys as (keyof typeof TABLE_WORDS.en)[]) {
      if (k !== 'essSet') expect(TABLE_WORDS.zh[k], k).toMatch(HAN);
      expect(ph(TABLE_WORDS.zh[k]), k).toEqual(ph(TABLE_WORDS.en[k]));
    }
    expect(TABLE_WORDS.zh.replicator).toBe('复制动态方程');
    expect(TABLE_WORDS.zh.saddle).toBe('鞍点');
    expect(TABLE_WORDS.zh.eigenvalues).toContain('特征值');
    expect(TABLE_WORDS.zh.eigenvalues).toContain('雅可比矩阵');
    expect(TABLE_WORDS.zh.ESS).toContain('演化稳定策略');
  });
});

describe('agent-based mode of table games', () => {
  // Δx = Δy = Δz = 1 everywhere: the first strategies dominate and (1,1,1) is the only ESS.
  const dominant = (extra: string) =>
    `name: dominant\n${PLAYERS}parameters: { d: 1 }\npayoffs:\n${[
      '111',
      '110',
      '101',
      '100',
      '011',
      '010',
      '001',
      '000',
    ]
      .map(
        (p) => `  "${p}": [${p[0] === '1' ? 'd' : 0}, ${p[1] === '1' ? 'd' : 0}, ${p[2] === '1' ? 'd' : 0}]`,
      )
      .join('\n')}\nstarts: [[0, 0.5, 0.5]]\node: { tEnd: 40, dt: 0.1, every: 1 }\n${extra}`;

  it('warns when a run ends in a corner that is not an ESS because a strategy went extinct', () => {
    const r = parseTableGameText(dominant('abm: { agents: 30, runs: 2, seed: 4 }\n'), 'g.yaml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const res = analyseTableGame(r.value);
    expect(res.stages[0].ess).toEqual([[1, 1, 1]]);
    // x starts with no agent playing its first strategy: imitation cannot bring it in.
    expect(res.warnings.map((w) => w.corner)).toEqual([
      [0, 1, 1],
      [0, 1, 1],
    ]);
    expect(res.stages[0].outcomes[0].abmEnd).toEqual([0, 1, 1]);
  });

  it('with a mutation rate, explores its way out: no warning, x near 1; same seed, same result', () => {
    const text = dominant('abm: { agents: 30, runs: 2, seed: 4, mutation: 0.05 }\n');
    const run = () => {
      const r = parseTableGameText(text, 'g.yaml');
      if (!r.ok) throw new Error('bad');
      return analyseTableGame(r.value);
    };
    const a = run();
    expect(a.warnings).toEqual([]);
    const end = a.stages[0].outcomes[0].abmEnd as readonly number[];
    expect(end[0]).toBeGreaterThan(0.8);
    expect(run().stages[0].outcomes[0].abmEnd).toEqual(end);
  });
});

describe('the game JSON Schema', () => {
  it('is checked in as generated (run `cogov schema --game -o scenarios/games/game.schema.json`)', () => {
    expect(readFileSync(`scenarios/games/${GAME_SCHEMA_FILE_NAME}`, 'utf8')).toBe(gameJsonSchemaText());
  });

  it.each([RENEWAL, 'scenarios/games/wang-2023-air-pollution.yaml'])(
    'accepts %s and rejects an unknown key',
    (file) => {
      const ajv = new Ajv2020({ allErrors: true, strict: false });
      const validate = ajv.compile(JSON.parse(gameJsonSchemaText()));
      const value = parse(readFileSync(file, 'utf8'));
      expect(validate(value)).toBe(true);
      expect(validate({ ...value, stagez: [] })).toBe(false);
    },
  );
});
