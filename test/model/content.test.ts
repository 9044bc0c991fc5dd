/**
 * Content categories of renovation items (国办发〔2020〕23号; MODEL.md §7.9): the default menu's
 * categories, the default by component, basic items mandatory in the first plan and never dropped by
 * consultation, and committed capex recorded by category.
 */
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../scenarios/components.js';
import { CATEGORY_INDEX, recordContent } from '../../sim/model/content.js';
import { newMonthMoney } from '../../sim/model/metrics.js';
import { openConsultation } from '../../sim/model/projects.js';
import { runOne } from '../../sim/model/run.js';
import { demoSmall, SEEDS } from './scenario-fixtures.js';
import { at, smallWorld } from './world-fixtures.js';

describe('content categories', () => {
  it('sorts the default menu as the guidance does', () => {
    const w = smallWorld({}, 1, 3);
    const by = (cat: string) =>
      w.items
        .filter((it) => it.category === cat)
        .map((it) => it.name)
        .sort();
    expect(by('basic')).toEqual(['fireSafety', 'gas', 'power', 'roads', 'structure', 'water']);
    expect(by('improvement')).toEqual(['agingFriendly', 'parking', 'sponge']);
    expect(by('upgrade')).toEqual([]);
  });

  it('gives an item without a category the one of its component, and keeps a stated one', () => {
    const w = smallWorld(
      {
        renovation: {
          items: {
            pipes: { component: 'water' },
            ramps: { component: 'agingFriendly' },
            hall: { component: 'parking', category: 'upgrade' },
          },
        },
      },
      1,
      3,
    );
    const cat = Object.fromEntries(w.items.map((it) => [it.name, it.category]));
    expect(cat).toEqual({ hall: 'upgrade', pipes: 'basic', ramps: 'improvement' });
  });

  it('puts every basic item whose component is below its after-works condition in the first plan', () => {
    const w = smallWorld({}, 2, 10);
    at(w, 0);
    for (const c of w.communities) {
      openConsultation(w, c);
      for (let i = 0; i < w.items.length; i++) {
        const it = w.items[i];
        if (it.category === 'basic' && c.condition[it.component] < it.conditionAfter) {
          expect(c.plan!.items).toContain(i);
        }
      }
    }
  });

  it('consultation never drops a basic item, even when it drops everything else it can (20 seeds)', () => {
    const s = demoSmall({
      city: { generate: { communities: 30 } },
      calendar: { end: '2027-06' },
      renovation: { minItems: 1 },
      residents: { consultation: { dropItemBelowSupport: 0.99 } },
    });
    let checked = 0;
    let improvementDropped = 0;
    for (const seed of SEEDS) {
      const first = new Map<number, number[]>();
      runOne(s, seed, {
        onTick: (w) => {
          for (const c of w.communities) {
            const plan = c.plan;
            if (!plan) continue;
            if (c.state === 'consultation' && plan.revisions === 0) first.set(c.id, [...plan.items]);
            if (c.state !== 'vote' && c.state !== 'funding') continue;
            const opened = first.get(c.id);
            if (!opened) continue;
            for (const i of opened) {
              if (w.items[i].category === 'basic') expect(plan.items).toContain(i);
              else if (!plan.items.includes(i)) improvementDropped++;
            }
            checked++;
            first.delete(c.id);
          }
        },
      });
    }
    expect(checked).toBeGreaterThan(50);
    expect(improvementDropped).toBeGreaterThan(0);
  });

  it('records committed capex by category, summing to the capex', () => {
    const w = smallWorld({}, 2, 3);
    at(w, 0);
    const c = w.communities[0];
    openConsultation(w, c);
    const money = newMonthMoney();
    recordContent(w, c, 1_234_567, money);
    const total = money.byCategory.reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1_234_567, 6);
    let basicPerHh = 0;
    let allPerHh = 0;
    for (const i of c.plan!.items) {
      allPerHh += w.items[i].costRmbPerHousehold;
      if (w.items[i].category === 'basic') basicPerHh += w.items[i].costRmbPerHousehold;
    }
    expect(money.byCategory[CATEGORY_INDEX.basic]).toBeCloseTo((1_234_567 * basicPerHh) / allPerHh, 6);
    expect(CATEGORIES.length).toBe(3);
  });

  it('shows what the money bought in the curves: basic content leads in demo-small', () => {
    const r = runOne(demoSmall(), 3);
    const sum = (name: string) => {
      const k = r.metrics.indexOf(name);
      let x = 0;
      for (let t = 0; t < r.ticks; t++) x += r.values[k * r.ticks + t];
      return x;
    };
    expect(sum('funding.capex.basic')).toBeGreaterThan(sum('funding.capex.improvement'));
    expect(sum('funding.capex.improvement')).toBeGreaterThan(0);
    expect(sum('funding.capex.upgrade')).toBe(0);
  });
});
