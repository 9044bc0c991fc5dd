/**
 * Cost sharing for retrofitting an elevator to one building unit (stairwell), MODEL.md §7.3.
 *
 * Households of the unit pay the net cost (total cost minus government and other subsidies,
 * never below 0) by one of three rules: Guangzhou-style floor coefficients, a negotiated per-floor
 * table (Nanjing 6-storey example), or the Shapley value of the airport game over shaft segments
 * (Littlechild & Owen 1973). An optional ground-floor compensation fund is raised from the paying
 * households in proportion to their shares and paid to the households on the recipient floors
 * (light and noise disbenefit of an external shaft; Zhou, Liu & Yang). All money is settled in
 * whole fen (0.01 RMB) with the largest-remainder method, so totals are exact.
 *
 * Shapley convention: the shaft is cut into one segment per storey climbed (floor k−1 → k,
 * k = 2..storeys), of equal cost by default; floor 1 uses none and is exempt. This textbook airport
 * game reproduces the project's 6-storey target exactly: 2F..6F = 4.00 / 9.00 / 15.67 / 25.67 /
 * 45.67 % of the net cost (e.g. 3F = 1/5·1/5 + 1/5·1/4).
 */

/** Guangzhou example coefficients by floor (floors 1–2 exempt) [src: MODEL.md sources]. */
export const GUANGZHOU_COEFFICIENTS: Readonly<Record<number, number>> = {
  3: 0.7,
  4: 0.8,
  5: 0.9,
  6: 1.0,
  7: 1.1,
  8: 1.2,
  9: 1.3,
};

/** Nanjing 6-storey negotiated shares, percent of net cost per floor [src: MODEL.md sources]. */
export const NANJING_PERCENT: Readonly<Record<number, number>> = { 1: 0, 2: 3, 3: 8, 4: 18, 5: 30, 6: 41 };

/** A per-floor table: a record keyed by floor number, or an array whose element 0 is floor 1. */
export type FloorTable = Readonly<Record<number, number>> | readonly number[];

/** How the net cost is divided among the households of the unit. */
export type ShareRule =
  | {
      /** share_i ∝ coef(floor_i) × area_i over paying floors (Guangzhou style). */
      kind: 'floor-coefficients';
      /**
       * Overrides of {@link GUANGZHOU_COEFFICIENTS} (dimensionless); floors 10–12 default to
       * 1.4–1.6 [assumed: the +0.1 per floor step continued]; floors 1–2 default to 0.
       */
      coefficients?: FloorTable;
      /** Floors that pay nothing; default [1, 2]. */
      exemptFloors?: readonly number[];
    }
  | {
      /** Each floor pays a fixed percent, split within the floor by area (negotiated, Nanjing). */
      kind: 'negotiated';
      /** Percent per floor (replaces {@link NANJING_PERCENT}); renormalised over 1..storeys. */
      floorPercent?: FloorTable;
    }
  | {
      /** Shapley value of the airport game: each shaft segment split equally among its users. */
      kind: 'shapley';
      /** Relative cost of segments 2..storeys (element 0 = floor 1→2); default all equal. */
      segmentCosts?: readonly number[];
      /** Floors that pay nothing (and are not players); default [1]. */
      exemptFloors?: readonly number[];
    };

/** Ground-floor compensation fund; give exactly one of `costShare` and `amount`. */
export interface CompensationFund {
  /** Fund as a share (0..1) of the total (gross) elevator cost. */
  costShare?: number;
  /** Fund as a fixed amount, RMB. */
  amount?: number;
  /** Floors whose households receive the fund; default [1]. */
  recipientFloors?: readonly number[];
  /** Split among recipients: equal per household (default) or pro rata to area. */
  split?: 'equal' | 'area';
}

/** One stairwell unit and its elevator project. */
export interface ElevatorShareInput {
  /** Storeys served, integer 2..12. */
  storeys: number;
  /** Households on each floor, integer ≥ 1 (same on every floor). */
  householdsPerFloor: number;
  /** m²: one number for all, one per floor (length storeys), or one per household in floor order. */
  areas: number | readonly number[];
  /** Total elevator cost, RMB (typically 400 000–700 000). */
  totalCost: number;
  /** Government and other subsidies deducted first, RMB (Nanchong 150 000); default 0. */
  subsidy?: number;
  rule: ShareRule;
  compensation?: CompensationFund;
}

/** One household's settlement; money in RMB, exact to the fen. */
export interface ShareRow {
  /** Floor, 1 = ground floor. */
  floor: number;
  /** Household index within its floor, 1-based. */
  household: number;
  /** Exclusive area, m². */
  area: number;
  /** Share of the net elevator cost, RMB. */
  share: number;
  /** share / net cost, 0..1 (0 when the net cost is 0). */
  shareOfNet: number;
  /** Paid into the compensation fund, RMB. */
  fundContribution: number;
  /** Received from the compensation fund, RMB. */
  compensation: number;
  /** share + fundContribution − compensation, RMB. */
  netPayment: number;
}

/** The settlement of one unit. */
export interface ElevatorShareResult {
  rule: ShareRule['kind'];
  /** RMB. */
  totalCost: number;
  /** Subsidy actually used (≤ total cost), RMB. */
  subsidy: number;
  /** max(0, total cost − subsidy), RMB; equals the sum of `share` exactly. */
  netCost: number;
  /** Compensation fund raised and paid out, RMB (0 when nobody pays). */
  fund: number;
  /** Households in floor order, then household order. */
  rows: ShareRow[];
}

function tableValue(table: FloorTable, floor: number): number | undefined {
  return Array.isArray(table)
    ? (table as readonly number[])[floor - 1]
    : (table as Record<number, number>)[floor];
}

function guangzhouDefault(floor: number): number {
  return GUANGZHOU_COEFFICIENTS[floor] ?? (floor > 9 ? 1.3 + 0.1 * (floor - 9) : 0);
}

function householdAreas(input: ElevatorShareInput): Float64Array {
  const { storeys, householdsPerFloor: h, areas } = input;
  const n = storeys * h;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (typeof areas === 'number') out[i] = areas;
    else if (areas.length === n) out[i] = areas[i];
    else if (areas.length === storeys) out[i] = areas[Math.floor(i / h)];
    else throw new RangeError(`areas: need 1, ${storeys} or ${n} values, got ${areas.length}`);
    if (!(out[i] > 0) || !Number.isFinite(out[i]))
      throw new RangeError(`areas must be > 0 m², got ${out[i]}`);
  }
  return out;
}

function validate(input: ElevatorShareInput): void {
  const { storeys, householdsPerFloor, totalCost, subsidy = 0 } = input;
  if (!Number.isInteger(storeys) || storeys < 2 || storeys > 12) {
    throw new RangeError(`storeys must be an integer in 2..12, got ${storeys}`);
  }
  if (!Number.isInteger(householdsPerFloor) || householdsPerFloor < 1) {
    throw new RangeError(`householdsPerFloor must be an integer ≥ 1, got ${householdsPerFloor}`);
  }
  if (!(totalCost >= 0) || !Number.isFinite(totalCost) || !(subsidy >= 0) || !Number.isFinite(subsidy)) {
    throw new RangeError(`totalCost and subsidy must be finite and ≥ 0 RMB, got ${totalCost} and ${subsidy}`);
  }
}

/** Airport-game weights per household: Σ over segments k ≤ floor of c_k / (paying households ≥ k). */
function shapleyWeights(
  storeys: number,
  h: number,
  segmentCosts: readonly number[] | undefined,
  exempt: ReadonlySet<number>,
): Float64Array {
  const costs = segmentCosts ?? new Array<number>(storeys - 1).fill(1);
  if (costs.length !== storeys - 1 || costs.some((c) => !(c >= 0) || !Number.isFinite(c))) {
    throw new RangeError(`shapley: need ${storeys - 1} segment costs ≥ 0 (floors 2..${storeys})`);
  }
  const users = new Float64Array(storeys + 2); // paying households on floors ≥ k
  for (let floor = storeys; floor >= 1; floor--) {
    users[floor] = users[floor + 1] + (exempt.has(floor) ? 0 : h);
  }
  const perHousehold = new Float64Array(storeys + 1); // by floor
  for (let floor = 2; floor <= storeys; floor++) {
    const c = costs[floor - 2];
    if (c > 0 && users[floor] === 0) {
      throw new RangeError(`shapley: segment to floor ${floor} has no paying user`);
    }
    perHousehold[floor] = perHousehold[floor - 1] + (c > 0 ? c / users[floor] : 0);
  }
  const w = new Float64Array(storeys * h);
  for (let i = 0; i < w.length; i++) {
    const floor = Math.floor(i / h) + 1;
    w[i] = exempt.has(floor) ? 0 : perHousehold[floor];
  }
  return w;
}

/**
 * Each household's share of the net cost under the input's rule, as weights summing to 1, in
 * floor order then household order (unrounded; {@link shareElevatorCost} settles them to the fen).
 *
 * - floor-coefficients: w_i ∝ coef(floor_i)·area_i, exempt floors 0 (Guangzhou example).
 * - negotiated: floor f gets percent_f / Σ percent over floors 1..storeys, split within the floor
 *   pro rata to area (the within-floor split is [assumed]).
 * - shapley: segment k (floor k−1 → k, k = 2..storeys) costs c_k and is split equally among the
 *   paying households on floors ≥ k (Littlechild & Owen 1973); areas do not enter. With equal
 *   segment costs, 1F exempt and 6 storeys this gives 2F..6F 4.00 / 9.00 / 15.67 / 25.67 / 45.67 %.
 * @throws RangeError on invalid input or when no household has a positive weight
 */
export function shareWeights(input: ElevatorShareInput): Float64Array {
  validate(input);
  const { storeys, householdsPerFloor: h, rule } = input;
  const area = householdAreas(input);
  let w: Float64Array;
  if (rule.kind === 'shapley') {
    w = shapleyWeights(storeys, h, rule.segmentCosts, new Set(rule.exemptFloors ?? [1]));
  } else {
    w = new Float64Array(area.length);
    const exempt = new Set(rule.kind === 'floor-coefficients' ? (rule.exemptFloors ?? [1, 2]) : []);
    const floorArea = new Float64Array(storeys + 1);
    for (let i = 0; i < area.length; i++) floorArea[Math.floor(i / h) + 1] += area[i];
    for (let i = 0; i < area.length; i++) {
      const floor = Math.floor(i / h) + 1;
      if (rule.kind === 'floor-coefficients') {
        const coef = exempt.has(floor)
          ? 0
          : (tableValue(rule.coefficients ?? [], floor) ?? guangzhouDefault(floor));
        w[i] = coef * area[i];
      } else {
        const pct = tableValue(rule.floorPercent ?? NANJING_PERCENT, floor);
        if (pct === undefined) {
          throw new RangeError(`negotiated: no percent for floor ${floor} of ${storeys}`);
        }
        w[i] = (pct * area[i]) / floorArea[floor];
      }
    }
  }
  let total = 0;
  for (const x of w) {
    if (!(x >= 0) || !Number.isFinite(x)) {
      throw new RangeError(`${rule.kind}: weights must be finite and ≥ 0`);
    }
    total += x;
  }
  if (!(total > 0)) throw new RangeError(`${rule.kind}: no household pays anything`);
  for (let i = 0; i < w.length; i++) w[i] /= total;
  return w;
}

/**
 * Split `totalFen` (integer) in proportion to `weights` (≥ 0, not all 0) into integers summing to
 * `totalFen` exactly: floor of each quota, then one more to the largest remainders (ties to the
 * lower index). Hamilton's largest-remainder method.
 */
export function largestRemainder(totalFen: number, weights: ArrayLike<number>): Float64Array {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i];
  const out = new Float64Array(weights.length);
  if (totalFen === 0 || !(sum > 0)) return out;
  const rem = new Float64Array(weights.length);
  let given = 0;
  for (let i = 0; i < weights.length; i++) {
    const quota = (totalFen * weights[i]) / sum;
    // Slack of ~1e-12 relative so a quota that is an integer on paper is not floored below it.
    out[i] = Math.floor(quota * (1 + 1e-12) + 1e-9);
    rem[i] = quota - out[i];
    given += out[i];
  }
  const order = Array.from(out.keys()).sort((a, b) => rem[b] - rem[a] || a - b);
  for (let j = 0; given < totalFen; j++, given++) out[order[j % order.length]] += 1;
  return out;
}

/**
 * Settle an elevator project for one unit: each household's share of the net cost, its payment
 * into the compensation fund (pro rata to its share), what it receives from the fund, and its net
 * payment, all in RMB exact to the fen. Σ share = max(0, cost − subsidy) and Σ contribution =
 * Σ compensation = fund, both exactly. Rules as in {@link shareWeights}.
 */
export function shareElevatorCost(input: ElevatorShareInput): ElevatorShareResult {
  const w = shareWeights(input);
  const area = householdAreas(input);
  const h = input.householdsPerFloor;
  const costFen = Math.round(input.totalCost * 100);
  const subsidyFen = Math.min(costFen, Math.round((input.subsidy ?? 0) * 100));
  const netFen = costFen - subsidyFen;
  const shareFen = largestRemainder(netFen, w);

  const comp = input.compensation;
  let fundFen = 0;
  const receive = new Float64Array(w.length);
  const contribute = new Float64Array(w.length);
  if (comp !== undefined) {
    if ((comp.amount === undefined) === (comp.costShare === undefined)) {
      throw new RangeError('compensation: give exactly one of amount (RMB) and costShare (0..1)');
    }
    const raw = comp.amount !== undefined ? comp.amount * 100 : (comp.costShare ?? 0) * costFen;
    if (!(raw >= 0) || !Number.isFinite(raw)) throw new RangeError('compensation must be finite and ≥ 0');
    fundFen = netFen > 0 ? Math.round(raw) : 0;
    const recipients = new Set(comp.recipientFloors ?? [1]);
    const rw = new Float64Array(w.length);
    for (let i = 0; i < w.length; i++) {
      if (recipients.has(Math.floor(i / h) + 1)) rw[i] = comp.split === 'area' ? area[i] : 1;
    }
    if (fundFen > 0 && !rw.some((x) => x > 0)) throw new RangeError('compensation: no recipient household');
    contribute.set(largestRemainder(fundFen, shareFen));
    receive.set(largestRemainder(fundFen, rw));
  }

  const rows: ShareRow[] = [];
  for (let i = 0; i < w.length; i++) {
    rows.push({
      floor: Math.floor(i / h) + 1,
      household: (i % h) + 1,
      area: area[i],
      share: shareFen[i] / 100,
      shareOfNet: netFen > 0 ? shareFen[i] / netFen : 0,
      fundContribution: contribute[i] / 100,
      compensation: receive[i] / 100,
      netPayment: (shareFen[i] + contribute[i] - receive[i]) / 100,
    });
  }
  return {
    rule: input.rule.kind,
    totalCost: costFen / 100,
    subsidy: subsidyFen / 100,
    netCost: netFen / 100,
    fund: fundFen / 100,
    rows,
  };
}
