/** Money is conserved: sources = uses + balances to the fen, every tick, on every shipped scenario. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../sim/world/ledger.js';
import { runOne } from '../../sim/model/run.js';
import { shipped } from '../model/scenario-fixtures.js';

const scenarios = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

describe('money ledger', () => {
  it('moves whole fen and refuses negative transfers', () => {
    const L = new Ledger();
    expect(L.transfer('src:central', 'cityFund', 10.005)).toBe(1001);
    expect(L.rmb('cityFund')).toBe(10.01);
    expect(() => L.transfer('cityFund', 'use:repairs', -1)).toThrow(/negative/);
    L.transfer('cityFund', 'use:repairs', 20);
    expect(L.checkConservation().ok).toBe(false);
  });

  it.each(scenarios)(
    '%s: sources = uses + balances to the fen at every tick; firms’ cash, escrow and community funds match',
    (name) => {
      const s = shipped(name);
      let ticks = 0;
      const r = runOne(s, s.ensemble.seed, {
        onTick: (w) => {
          const t = w.ledger.totals();
          expect(t.sourcesFen).toBe(t.usesFen + t.internalFen);
          expect(w.ledger.checkConservation()).toEqual({ ok: true, message: 'ok' });
          const firmCash = w.enterprises.reduce((a, e) => a + Math.round(e.cashRmb * 100), 0);
          expect(firmCash).toBe(Math.round(w.ledger.rmb('enterprises') * 100));
          let escrow = 0;
          for (const c of w.communities) escrow += c.escrowRenovationFen + c.escrowElevatorFen;
          expect(escrow).toBe(Math.round(w.ledger.rmb('escrow') * 100));
          let funds = 0;
          for (const c of w.communities) {
            expect(c.fundRmb).toBeGreaterThanOrEqual(0);
            funds += Math.round(c.fundRmb * 100);
          }
          expect(funds).toBe(Math.round(w.ledger.rmb('communityFunds') * 100));
          ticks++;
        },
      });
      expect(ticks).toBe(r.ticks);
      expect(r.money.sourcesFen).toBeGreaterThan(0);
      expect(r.money.sourcesFen).toBe(r.money.usesFen + r.money.internalFen);
    },
  );
});
