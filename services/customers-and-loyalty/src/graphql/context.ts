import type { RequestContext } from '@care/service-kit';
import DataLoader from 'dataloader';
import { auditPersonalDataRead } from '../application/audit-personal-data';
import type { Deps, LedgerPage } from '../application/ports';
import { customerPagesLoader, type CustomerPageKey } from '../application/customer-record-pages';
import type { CustomerRecords } from '../application/read-access';
import type { Campaign, Interaction } from '../domain/campaign';
import type { Consent } from '../domain/consent';
import type { Customer } from '../domain/customer';
import type { Discount } from '../domain/discount';
import type { Freeze } from '../domain/freeze';
import type { LedgerEntry, PointsDraw, PointsExpiry } from '../domain/points';
import type { LoyaltyPolicy } from '../domain/policy';
import type { Redemption } from '../domain/redemption';

export interface Context extends RequestContext {
  deps: Deps;
  loaders: {
    customer: DataLoader<string, Customer | null>;
    consents: DataLoader<string, Consent[]>;
    freezes: DataLoader<string, Freeze[]>;
    /** Keyed `${year}:${customerId}`. */
    annualSpend: DataLoader<string, string, string>;
    campaign: DataLoader<string, Campaign | null>;
    interactions: DataLoader<string, Interaction[]>;
    /** Keyed `${field}:${customerId}`: records an unmasked read (batched into one audit event). */
    personalDataRead: DataLoader<string, true>;
    /** The policy in force, read once per request. */
    policy: DataLoader<'current', LoyaltyPolicy>;
    /** A page of each customer's redemptions / discounts (`Customer.redemptions`, `Customer.discounts`). */
    redemptionPages: DataLoader<CustomerPageKey, { rows: Redemption[]; totalCount: number }, string>;
    discountPages: DataLoader<CustomerPageKey, { rows: Discount[]; totalCount: number }, string>;
    /** A page of each customer's points ledger (`Customer.pointsLedger`). */
    ledgerPages: DataLoader<CustomerPageKey<LedgerPage>, { rows: LedgerRow[]; totalCount: number }, string>;
    /** Each customer's points by expiry (`Customer.pointsExpiring`). */
    pointsExpiring: DataLoader<string, PointsExpiry[]>;
    /** The credits each debit drew from (`LedgerEntry.drawnFrom`), by the debit's id. */
    pointsDraws: DataLoader<string, PointsDraw<LedgerRow>[]>;
  };
  /** The records a customer may read of their own (`customer(id)`, `redemption(id)`, entity references). */
  records: {
    customers: CustomerRecords<Customer>;
    redemptions: CustomerRecords<Redemption>;
    discounts: CustomerRecords<Discount>;
  };
}

type LedgerRow = LedgerEntry & { seq: number };

function grouped<K, V>(keys: readonly K[], items: V[], keyOf: (v: V) => K): V[][] {
  const map = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const item of items) map.get(keyOf(item))?.push(item);
  return keys.map((k) => map.get(k) ?? []);
}

function byId<V extends { id: string }>(ids: readonly string[], items: V[]): (V | null)[] {
  const found = new Map(items.map((item) => [item.id, item]));
  return ids.map((id) => found.get(id) ?? null);
}

/** A request's context: the shared dependencies and the request's own loaders (one batch per kind). */
export function createContext(base: RequestContext, deps: Deps): Context {
  const customer = new DataLoader<string, Customer | null>(async (ids) =>
    byId(ids, await deps.customers.findByIds(ids)),
  );
  // Entity references of a batch (an approval list's subjects) are read together.
  const redemption = new DataLoader<string, Redemption | null>(async (ids) =>
    byId(ids, await deps.redemptions.findByIds(ids)),
  );
  const discount = new DataLoader<string, Discount | null>(async (ids) =>
    byId(ids, await deps.discounts.findByIds(ids)),
  );
  return {
    ...base,
    deps,
    records: {
      customers: { what: 'Customer', load: (id) => customer.load(id), customerIdOf: (c) => c.id },
      redemptions: {
        what: 'Redemption',
        load: (id) => redemption.load(id),
        customerIdOf: (r) => r.customerId,
      },
      discounts: { what: 'Discount', load: (id) => discount.load(id), customerIdOf: (d) => d.customerId },
    },
    loaders: {
      customer,
      consents: new DataLoader(async (ids) => grouped(ids, await deps.consents.of(ids), (c) => c.customerId)),
      freezes: new DataLoader(async (ids) => grouped(ids, await deps.freezes.of(ids), (f) => f.customerId)),
      annualSpend: new DataLoader<string, string, string>(async (keys) => {
        // key: `${year}:${customerId}`; one statement per year asked for in the request.
        const byYear = new Map<number, string[]>();
        for (const k of keys) {
          const [year = '', id = ''] = k.split(':');
          byYear.set(Number(year), [...(byYear.get(Number(year)) ?? []), id]);
        }
        const results = new Map<string, string>();
        for (const [year, ids] of byYear)
          for (const [id, spend] of await deps.purchases.annualSpend(ids, year))
            results.set(`${year}:${id}`, spend);
        return keys.map((k) => results.get(k) ?? '0.00');
      }),
      campaign: new DataLoader(async (ids) => byId(ids, await deps.campaigns.findByIds(ids))),
      redemptionPages: customerPagesLoader((ids, page) => deps.redemptions.pagesOf(ids, page)),
      discountPages: customerPagesLoader((ids, page) => deps.discounts.pagesOf(ids, page)),
      ledgerPages: customerPagesLoader((ids, page: LedgerPage) => deps.ledger.pagesOf(ids, page)),
      pointsExpiring: new DataLoader(async (ids) =>
        grouped(ids, await deps.ledger.expiryOf(ids), (e) => e.customerId),
      ),
      pointsDraws: new DataLoader(async (ids) =>
        grouped(ids, await deps.ledger.drawsOf(ids), (d) => d.debitId),
      ),
      interactions: new DataLoader(async (ids) =>
        grouped(ids, await deps.campaigns.interactionsOf(ids), (i) => i.campaignId),
      ),
      policy: new DataLoader<'current', LoyaltyPolicy>(async (keys) => {
        const policy = await deps.tiers.policyAt(deps.clock.now());
        return keys.map(() => policy);
      }),
      personalDataRead: new DataLoader<string, true>(async (keys) => {
        const reads = keys.map((k) => {
          const [field = '', customerId = ''] = k.split(':');
          return { customerId, field: field as 'email' | 'phone' | 'birthday' };
        });
        await auditPersonalDataRead(deps, base, reads);
        return keys.map(() => true as const);
      }),
    },
  };
}
