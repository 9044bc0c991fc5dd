/**
 * Validation 6: the Bruneau et al. (2003) resilience loss ∫(1 − Q(t)) dt (`sim/model/resilience.ts`, and the
 * loss the simulator accumulates in `recoveryPhase`, `agents/hazards.ts`), on hand-computed recovery
 * curves (docs/VALIDATION.md §6). Units: community-months.
 */
import { describe, expect, it } from 'vitest';
import { applyDamage, recoveryPhase } from '../../agents/hazards.js';
import { ScenarioSchema } from '../../scenarios/schema.js';
import { bruneauLoss, bruneauLossTrapezoid } from '../../sim/model/resilience.js';
import { SHOCK_TYPES } from '../../sim/world/state.js';
import { buildWorld, emptyMonth } from '../../sim/model/build-world.js';

describe('validation 6a: Bruneau loss of hand-drawn recovery curves', () => {
  it('linear recovery from Q = 0.4 to 1 over 6 months: triangle 0.6 × 6 / 2 = 1.8 (trapezoid, exact)', () => {
    const q = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
    expect(bruneauLossTrapezoid(q)).toBeCloseTo(1.8, 12);
    // The simulator's rectangle rule on end-of-month samples: 0.6 + 0.5 + … + 0.1 + 0 = 2.1, i.e. the
    // triangle plus half a month of the initial drop (0.3).
    expect(bruneauLoss(q)).toBeCloseTo(2.1, 12);
  });

  it('a step: Q = 0.7 for 4 months then 1: 0.3 × 4 = 1.2; in half-month samples the same area', () => {
    expect(bruneauLoss([0.7, 0.7, 0.7, 0.7, 1, 1])).toBeCloseTo(1.2, 12);
    expect(bruneauLoss([0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 1], 0.5)).toBeCloseTo(1.2, 12);
  });

  it('geometric recovery 1 − Q_m = d(1 − r)^m: Σ_{m≥1} = d(1 − r)/r (d = 0.4, r = 0.25: 1.2)', () => {
    const q = Array.from({ length: 200 }, (_, m) => 1 - 0.4 * 0.75 ** (m + 1));
    expect(bruneauLoss(q)).toBeCloseTo(1.2, 10);
  });
});

describe('validation 6b: the loss the simulator accumulates after one shock', () => {
  it('damage 0.4 at r0 = 0.25 (no preparedness, no coordination, funded): loss 1.2 and recovery in 7 months', () => {
    const s = ScenarioSchema.parse({
      name: { en: 'validation', zh: '验证' },
      description: { en: 'validation', zh: '验证' },
      city: { generate: { communities: 1 } },
      shocks: { recovery: { r0: 0.25, preparednessWeight: 0.8, coordinationWeight: 0.5, recoveredAt: 0.95 } },
    });
    const w = buildWorld(s, 1);
    w.ledger.transfer('src:cityBudget', 'cityFund', 1e9);
    const c = w.communities[0];
    c.preparedness = 0;
    const k = SHOCK_TYPES.indexOf('rainstorm');
    w.clock.tick = 0;
    w.clock.month = 7;
    w.month = emptyMonth();
    expect(applyDamage(w, c, k, 0.4)).toBeCloseTo(0.4, 12);
    let recoveredAfter = -1;
    for (let t = 0; t < 120; t++) {
      w.clock.tick = t;
      w.clock.month = 7; // never January: no yearly condition decay in this check
      w.month = emptyMonth();
      recoveryPhase(w);
      if (w.month.recoveries > 0) recoveredAfter = w.month.recoveryMonthsSum;
    }
    // Month m (from 0) ends with deficit 0.4 · 0.75^(m+1): Σ = 0.4 · 0.75 / 0.25 = 1.2 (the cut-off at
    // a deficit of 1e-6 drops a tail below 4e-6).
    expect(c.loss[k]).toBeCloseTo(1.2, 5);
    expect(c.q).toBe(1);
    // Q ≥ 0.95 once 0.4 · 0.75^(m+1) ≤ 0.05, i.e. m + 1 ≥ 7.23: at the end of month m = 7.
    expect(recoveredAfter).toBe(7);
  });
});
