/**
 * The money ledger: double entry in integer fen (0.01 RMB). Every yuan enters from an external
 * source account, may sit in internal accounts (city fund, guidance fund, enterprise cash, community
 * funds, the insurance pool), and leaves to an external use account. Because every transfer debits one
 * account and credits another by the same whole number of fen, cumulative sources = cumulative uses
 * + internal balances holds exactly, and `checkConservation` verifies it.
 *
 * Four internal accounts are held in parts ({@link POOLED}): `enterprises` by firm (each firm's
 * cash), `communityFunds` by community (each community's public fund), `maintenanceFunds` by
 * community (its owners' housing maintenance fund), `escrow` by community and purpose (each
 * project's renovation and elevator money, {@link escrowPart}) and `unitEscrow` by building unit
 * (the money of its programme elevator, MODEL.md §7.9). A transfer from or to
 * them names the part, so each holder's balance is read from the ledger, and Σ parts = the account's
 * balance.
 */

/** Where money comes from (outside the model). */
export const SOURCES = [
  'central', // central government transfers per renovated household
  'provincial', // provincial elevator subsidies
  'cityBudget', // the city's special renewal fund appropriations
  'bonds', // special-purpose bond proceeds
  'privateCapital', // long-term private capital attracted by the guidance fund
  'enterpriseEquity', // enterprises' own capital
  'utilities', // pipeline utilities (管线单位) paying for their own networks
  'workUnits', // former owning work units (原产权单位)
  'maintenanceFund', // opening balances of the housing maintenance funds (住宅专项维修资金)
  'residents', // resident contributions and fees
  'providentFund', // owners' housing provident fund savings withdrawn for elevator shares (private, residents')
  'donations', // donations raised by social organisations
  'insurers', // insurers' payouts beyond premiums collected
  'tenants', // rent of FAR-bonus space and other service revenue from non-residents
] as const;

/** Where money goes (outside the model). */
export const USES = [
  'renovationWorks', // comprehensive renovation capex paid to contractors
  'elevatorWorks', // elevator retrofit capex
  'farConstruction', // building FAR-bonus space
  'assetWorks', // refurbishing the vacant buildings of area packages (片区统筹)
  'repairs', // post-shock repairs
  'operations', // operating costs of concessions and elevator maintenance
  'propertyServices', // property fees and trial-service subsidies paid to property-service companies
  'debtService', // bond interest and principal, guidance-fund returns to private capital
  'salaries', // community planners
  'training', // renewal academy
  'drills', // emergency drills
  'taxes', // taxes and fees on operating revenue (to other levels of government)
  'insurancePremiums', // premiums retained by insurers
  'compensation', // ground-floor compensation paid out to households
  'feeRelief', // volunteer points redeemed against fees (fee revenue forgone)
  'disputeSettlements', // overruns settled in disputes, paid to contractors
  'enterpriseProfit', // distributions to enterprise owners when a concession ends or a firm exits
] as const;

/** Accounts inside the model that may hold balances. */
export const INTERNAL = [
  'cityFund', // the city's renewal fund account (budget, transfers, bonds, donations)
  'guidanceFund', // the fund of funds (government and private capital)
  'enterprises', // enterprises' cash, all firms together (each firm's cash is its part)
  'communityFunds', // communities' public funds (value-uplift share, compensation funds, contributions)
  'escrow', // committed project money not yet paid to contractors, in parts by community and purpose
  'unitEscrow', // committed money of programme elevators not yet paid to contractors, in parts by building unit
  'emergencyReserve', // the city's repair reserve, which project commitments cannot spend
  'maintenanceFunds', // the owners' housing maintenance funds, in parts by community
] as const;

/**
 * Internal accounts held in parts: by firm id (`enterprises`), by community id (`communityFunds`,
 * `maintenanceFunds`), by community id and purpose (`escrow`, part {@link escrowPart}) and by
 * building-unit id (`unitEscrow`).
 */
export const POOLED = ['enterprises', 'communityFunds', 'escrow', 'maintenanceFunds', 'unitEscrow'] as const;

/** What a community's escrow holds money for: its renovation works or its elevators. */
export type EscrowPurpose = 'renovation' | 'elevator';

/** The part of `escrow` holding community `id`'s money for `purpose`: 2·id, +1 for elevators. */
export function escrowPart(id: number, purpose: EscrowPurpose): number {
  return 2 * id + (purpose === 'elevator' ? 1 : 0);
}

export type Source = (typeof SOURCES)[number];
export type Use = (typeof USES)[number];
export type Internal = (typeof INTERNAL)[number];
export type Pooled = (typeof POOLED)[number];
export type Account = `src:${Source}` | `use:${Use}` | Internal;

/** All accounts, in a fixed order (sources, uses, internal). */
export const ACCOUNTS: readonly Account[] = [
  ...SOURCES.map((s) => `src:${s}` as Account),
  ...USES.map((u) => `use:${u}` as Account),
  ...INTERNAL,
];
const INDEX = new Map<Account, number>(ACCOUNTS.map((a, i) => [a, i]));

/** Convert RMB to whole fen, rounding half away from zero. */
export function toFen(rmb: number): number {
  return Math.sign(rmb) * Math.round(Math.abs(rmb) * 100);
}

/**
 * Which part of a pooled account a transfer debits (`from`) and credits (`to`): a firm or community
 * id, or for `escrow` an {@link escrowPart}.
 */
export interface Parts {
  from?: number;
  to?: number;
}

const NO_PARTS: Parts = {};

const POOLED_SET: ReadonlySet<Account> = new Set(POOLED);
const isPooled = (a: Account): a is Pooled => POOLED_SET.has(a);

/** The ledger of one run. */
export class Ledger {
  /** Cumulative net flow into each account, fen (sources go negative, uses positive). */
  readonly balance = new Float64Array(ACCOUNTS.length);
  /** Balance of each part of a pooled account, fen, indexed by firm id, community id or escrow part. */
  readonly parts: Readonly<Record<Pooled, Float64Array>>;
  /** Flows in the current month, fen, by account (sources as positive outflows, uses as inflows). */
  readonly monthFlow = new Float64Array(ACCOUNTS.length);
  /** Gross outflows in the current month, fen, by account. */
  readonly monthOut = new Float64Array(ACCOUNTS.length);

  /**
   * A ledger with `firms` parts of `enterprises`, `communities` parts of `communityFunds` and of
   * `maintenanceFunds`, two parts of `escrow` per community and `units` parts of `unitEscrow` (one
   * per building unit).
   */
  constructor(firms = 0, communities = 0, units = 0) {
    this.parts = {
      enterprises: new Float64Array(firms),
      communityFunds: new Float64Array(communities),
      escrow: new Float64Array(2 * communities),
      maintenanceFunds: new Float64Array(communities),
      unitEscrow: new Float64Array(units),
    };
  }

  /**
   * Move `rmb` (rounded to the fen) from one account to another; returns the fen moved. A pooled
   * account must name its part (`parts.from` when paying, `parts.to` when paid); no other may.
   */
  transfer(from: Account, to: Account, rmb: number, parts: Parts = NO_PARTS): number {
    if (isPooled(from) !== (parts.from !== undefined) || isPooled(to) !== (parts.to !== undefined)) {
      throw new Error(
        `ledger: a transfer from ${from} to ${to} names the part of a pooled account, and only that`,
      );
    }
    const fen = toFen(rmb);
    if (fen === 0) return 0;
    if (fen < 0) throw new Error(`ledger: negative transfer ${rmb} from ${from} to ${to}`);
    const i = INDEX.get(from)!;
    const j = INDEX.get(to)!;
    this.balance[i] -= fen;
    this.balance[j] += fen;
    if (parts.from !== undefined) this.parts[from as Pooled][parts.from] -= fen;
    if (parts.to !== undefined) this.parts[to as Pooled][parts.to] += fen;
    this.monthFlow[i] -= fen;
    this.monthFlow[j] += fen;
    this.monthOut[i] += fen;
    return fen;
  }

  /** Balance of an account in RMB. */
  rmb(account: Account): number {
    return this.balance[INDEX.get(account)!] / 100;
  }

  /** Balance of an account in whole fen (exact: compare amounts in fen with it). */
  fen(account: Account): number {
    return this.balance[INDEX.get(account)!];
  }

  /** Firm `id`'s cash: its part of `enterprises`, RMB (whole fen). */
  firmCashRmb(id: number): number {
    return this.parts.enterprises[id] / 100;
  }

  /** Community `id`'s public fund: its part of `communityFunds`, RMB (whole fen). */
  communityFundRmb(id: number): number {
    return this.parts.communityFunds[id] / 100;
  }

  /** Community `id`'s housing maintenance fund: its part of `maintenanceFunds`, RMB (whole fen). */
  maintenanceFundRmb(id: number): number {
    return this.parts.maintenanceFunds[id] / 100;
  }

  /** Money in escrow for community `id`'s `purpose`: its part of `escrow`, whole fen. */
  escrowFen(id: number, purpose: EscrowPurpose): number {
    return this.parts.escrow[escrowPart(id, purpose)];
  }

  /** Flow through an account in the current month, RMB (positive = money in). */
  monthRmb(account: Account): number {
    return this.monthFlow[INDEX.get(account)!] / 100;
  }

  /** Start a new month's flow record. */
  closeMonth(): void {
    this.monthFlow.fill(0);
    this.monthOut.fill(0);
  }

  /** Gross outflow of an account in the current month, RMB. */
  monthOutRmb(account: Account): number {
    return this.monthOut[INDEX.get(account)!] / 100;
  }

  /** Totals in fen: money in from sources, out to uses, held inside. */
  totals(): { sourcesFen: number; usesFen: number; internalFen: number } {
    let sourcesFen = 0;
    let usesFen = 0;
    let internalFen = 0;
    for (let i = 0; i < ACCOUNTS.length; i++) {
      const a = ACCOUNTS[i];
      if (a.startsWith('src:')) sourcesFen -= this.balance[i];
      else if (a.startsWith('use:')) usesFen += this.balance[i];
      else internalFen += this.balance[i];
    }
    return { sourcesFen, usesFen, internalFen };
  }

  /**
   * True when sources = uses + balances to the fen, no internal account is overdrawn, and the parts
   * of each pooled account sum to its balance with none overdrawn.
   */
  checkConservation(): { ok: boolean; message: string } {
    const t = this.totals();
    if (t.sourcesFen !== t.usesFen + t.internalFen) {
      return {
        ok: false,
        message: `sources ${t.sourcesFen} fen ≠ uses ${t.usesFen} + balances ${t.internalFen}`,
      };
    }
    for (const a of INTERNAL) {
      const b = this.balance[INDEX.get(a)!];
      if (b < 0) return { ok: false, message: `internal account ${a} overdrawn: ${b} fen` };
    }
    for (const a of POOLED) {
      const parts = this.parts[a];
      let sum = 0;
      for (let k = 0; k < parts.length; k++) {
        if (parts[k] < 0) return { ok: false, message: `${a} part ${k} overdrawn: ${parts[k]} fen` };
        sum += parts[k];
      }
      if (sum !== this.balance[INDEX.get(a)!]) {
        return { ok: false, message: `${a}: parts ${sum} fen ≠ balance ${this.balance[INDEX.get(a)!]}` };
      }
    }
    return { ok: true, message: 'ok' };
  }
}
