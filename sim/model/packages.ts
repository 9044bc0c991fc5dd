/**
 * Area packages (片区统筹, MODEL.md §7.3): which communities a city tenders together. Formed once when
 * the world is built, from `enterprises.bundling`:
 * - `grouping: district`: the communities pending at the start (not renovated before it) of each
 *   district, in id order, `packageSize` at a time; districts in order of their first community; a
 *   district's last package may be smaller (a package of one community is not formed: it is
 *   tendered alone).
 * - `grouping: explicit`: the lists of community names in `packages`, in the order given; communities
 *   renovated before the start, and names listed twice, are left out; an unknown name is an error.
 * The State Council's guidance asks for linked renovation of adjacent communities (相邻小区及周边地区
 * 联动改造, State Council 2020); the package sizes and assets are assumed.
 */
import type { Scenario } from '../../scenarios/schema.js';
import type { Community, Package } from '../world/state.js';

function newPackage(id: number, communities: number[]): Package {
  return {
    id,
    communities,
    tenders: 0,
    enterprise: -1,
    paymentPerCapex: 0,
    assetMonthsLeft: 0,
  };
}

/** The packages of a scenario's communities; sets each member's `package`. Empty when bundling is off. */
export function formPackages(s: Scenario, communities: readonly Community[]): Package[] {
  const b = s.enterprises.bundling;
  if (!s.enterprises.enabled || !b.enabled) return [];
  const lists: number[][] = [];
  if (b.grouping === 'explicit') {
    const byName = new Map(communities.map((c) => [c.name, c.id]));
    const taken = new Set<number>();
    b.packages.forEach((names, i) => {
      const ids: number[] = [];
      for (const name of names) {
        const id = byName.get(name);
        if (id === undefined)
          throw new Error(`enterprises.bundling.packages[${i}]: no community named "${name}"`);
        if (taken.has(id) || communities[id].renovatedAtStart) continue;
        taken.add(id);
        ids.push(id);
      }
      lists.push(ids.sort((x, y) => x - y));
    });
  } else {
    const byDistrict = new Map<string, number[]>();
    for (const c of communities) {
      if (c.renovatedAtStart) continue;
      const list = byDistrict.get(c.district) ?? [];
      list.push(c.id);
      byDistrict.set(c.district, list);
    }
    for (const ids of byDistrict.values()) {
      for (let i = 0; i < ids.length; i += b.packageSize) lists.push(ids.slice(i, i + b.packageSize));
    }
  }
  const packages: Package[] = [];
  for (const ids of lists) {
    if (ids.length < 2) continue;
    const p = newPackage(packages.length, ids);
    for (const id of ids) communities[id].package = p.id;
    packages.push(p);
  }
  return packages;
}
