import { batchAll, type Client } from '../client';
import { pad } from '../dates';
import { purchaseInput } from '../purchases';
import { documentOf, lawfulBasisOf } from '../small/register';
import { STAFF } from '../staff';
import { CUSTOMER_FIELDS, type CustomerRow } from '../types';
import type { LargeCustomer, LargePlan } from './plan';

export type Row = CustomerRow & { tags: string[] };

export const ascii = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');

function registration(c: LargeCustomer) {
  const n = c.index + 1;
  return {
    name: c.name,
    email: `${ascii(c.name)}.${pad(n, 5)}@example.com`,
    phone: c.region.code.startsWith('CN')
      ? `1${3 + (n % 6)}${pad((n * 7_919) % 1_000_000_000, 9)}`
      : c.region.code === 'HK'
        ? `+852 ${pad((n * 104_729) % 100_000_000, 8)}`
        : `+00 555 ${pad(n, 5)}`,
    region: c.region.code,
    birthday: c.birthday,
    preferredLanguage: c.region.language,
    tags: c.tags,
    ...(c.representative ? { representative: c.representative } : {}),
  };
}

/**
 * The company's customers, registered in batches or found again by their own tag, with the privacy
 * authorisation (DOMAIN 2.7), marketing consents and identity checks they need. Rows by plan index.
 */
export async function registerCustomers(
  client: Client,
  plan: LargePlan,
  concurrency: number,
): Promise<{ rows: Row[]; created: number }> {
  const existing = new Map<string, Row>();
  const found = await client.all<Row>(
    STAFF.sales,
    `query($tag: String!, $after: String) { customers(filter: { tag: $tag }, first: 100, after: $after) { edges { node { ${CUSTOMER_FIELDS} tags } } pageInfo { hasNextPage endCursor } } }`,
    { tag: plan.groupTag },
    (data) => data.customers,
  );
  for (const row of found) for (const tag of row.tags) existing.set(tag, row);
  const missing = plan.customers.filter((c) => !existing.has(c.tag));
  const registered = await batchAll<Row>(
    client,
    STAFF.sales,
    'registerCustomer',
    'RegisterCustomerInput!',
    missing.map(registration),
    `${CUSTOMER_FIELDS} tags`,
    concurrency,
  );
  missing.forEach((c, i) => existing.set(c.tag, registered[i]!));
  const rows = plan.customers.map((c) => existing.get(c.tag)!);

  const has = (row: Row, kind: string) => row.consentHistory.filter((h) => h.kind === kind).length;
  const consents = plan.customers.flatMap((c) => {
    const row = rows[c.index]!;
    return [
      ...(has(row, 'PRIVACY') === 0
        ? [
            {
              customerId: row.id,
              kind: 'PRIVACY',
              granted: true,
              lawfulBasis: lawfulBasisOf(c.region.code),
              source: 'signed privacy authorisation',
            },
          ]
        : []),
      ...(c.marketing && has(row, 'MARKETING_EMAIL') === 0
        ? [
            {
              customerId: row.id,
              kind: 'MARKETING_EMAIL',
              granted: true,
              lawfulBasis: 'CONSENT',
              source: 'member sign-up form',
            },
          ]
        : []),
    ];
  });
  await batchAll(
    client,
    STAFF.specialist,
    'recordConsent',
    'RecordConsentInput!',
    consents,
    'id',
    concurrency,
  );
  // Unsubscribing comes after the consent it withdraws.
  const unsubscribes = plan.customers
    .filter((c) => c.marketing === 'UNSUBSCRIBED' && has(rows[c.index]!, 'MARKETING_EMAIL') < 2)
    .map((c) => ({
      customerId: rows[c.index]!.id,
      kind: 'MARKETING_EMAIL',
      granted: false,
      source: 'unsubscribe link in the mail',
    }));
  await batchAll(
    client,
    STAFF.specialist,
    'recordConsent',
    'RecordConsentInput!',
    unsubscribes,
    'id',
    concurrency,
  );
  const checks = plan.customers
    .filter((c) => c.verify && !rows[c.index]!.identityVerified)
    .map((c) => ({ customerId: rows[c.index]!.id, ...documentOf(c.region.code, c.index + 1) }));
  await batchAll(client, STAFF.sales, 'verifyIdentity', 'VerifyIdentityInput!', checks, 'id', concurrency);
  return { rows, created: missing.length };
}

/** Orders, by number: the same order again is the same purchase, so a rerun adds nothing. */
export const recordPurchases = (
  client: Client,
  plan: LargePlan,
  rows: Row[],
  which: 'lastYear' | 'thisYear',
  concurrency: number,
) =>
  batchAll(
    client,
    STAFF.sales,
    'recordPurchase',
    'RecordPurchaseInput!',
    plan.customers.flatMap((c) =>
      c[which].map((p) => purchaseInput(rows[c.index]!.id, c.region.currency, p.order, p.cny, p.at)),
    ),
    'id',
    concurrency,
  );
