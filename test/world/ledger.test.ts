/** Money is conserved: sources = uses + balances to the fen, every tick, on every shipped scenario. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escrowPart, Ledger } from '../../sim/world/ledger.js';
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

  it('keeps each firm’s cash and each community’s fund as its part of the pooled account', () => {
    const L = new Ledger(2, 3);
    L.transfer('src:enterpriseEquity', 'enterprises', 100, { to: 1 });
    L.transfer('enterprises', 'communityFunds', 30.004, { from: 1, to: 2 });
    expect(L.firmCashRmb(1)).toBe(70);
    expect(L.firmCashRmb(0)).toBe(0);
    expect(L.communityFundRmb(2)).toBe(30);
    expect(L.rmb('communityFunds')).toBe(30);
    expect(L.checkConservation()).toEqual({ ok: true, message: 'ok' });
    expect(() => L.transfer('src:tenants', 'communityFunds', 1)).toThrow(/part/);
    expect(() => L.transfer('src:tenants', 'cityFund', 1, { to: 0 })).toThrow(/part/);
    L.transfer('enterprises', 'use:enterpriseProfit', 1, { from: 0 });
    expect(L.checkConservation().message).toMatch(/enterprises part 0 overdrawn/);
  });

  it('keeps each community’s escrow in two parts, its renovation and its elevators', () => {
    const L = new Ledger(1, 3);
    expect(L.parts.escrow.length).toBe(6);
    L.transfer('src:central', 'escrow', 50, { to: escrowPart(2, 'renovation') });
    L.transfer('src:provincial', 'escrow', 20.004, { to: escrowPart(2, 'elevator') });
    expect(L.escrowFen(2, 'renovation')).toBe(5000);
    expect(L.escrowFen(2, 'elevator')).toBe(2000);
    expect(L.escrowFen(1, 'renovation')).toBe(0);
    expect(L.fen('escrow')).toBe(7000);
    expect(L.checkConservation()).toEqual({ ok: true, message: 'ok' });
    expect(() => L.transfer('src:central', 'escrow', 1)).toThrow(/part/);
    L.transfer('escrow', 'use:elevatorWorks', 20, { from: escrowPart(2, 'elevator') });
    expect(L.escrowFen(2, 'elevator')).toBe(0);
    L.transfer('escrow', 'use:elevatorWorks', 1, { from: escrowPart(1, 'elevator') });
    expect(L.checkConservation().message).toMatch(/escrow part 3 overdrawn/);
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
          const firmCash = w.enterprises.reduce(
            (a, e) => a + Math.round(w.ledger.firmCashRmb(e.id) * 100),
            0,
          );
          expect(firmCash).toBe(Math.round(w.ledger.rmb('enterprises') * 100));
          let escrow = 0;
          for (const c of w.communities) {
            escrow += w.ledger.escrowFen(c.id, 'renovation') + w.ledger.escrowFen(c.id, 'elevator');
          }
          expect(escrow).toBe(w.ledger.fen('escrow'));
          let funds = 0;
          for (const c of w.communities) {
            expect(w.ledger.communityFundRmb(c.id)).toBeGreaterThanOrEqual(0);
            funds += Math.round(w.ledger.communityFundRmb(c.id) * 100);
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
