import type { Client } from '../client';
import { isoDate, pad } from '../dates';
import type { Draws } from '../random';
import { STAFF } from '../staff';
import { CUSTOMER_FIELDS, SEED_TAG, type CustomerPlan, type CustomerRow } from '../types';

export const lawfulBasisOf = (region: string) =>
  region.startsWith('US')
    ? 'CCPA_NOTICE'
    : region.startsWith('CN') || region === 'HK'
      ? 'CONSENT'
      : 'CONTRACT';

export const documentOf = (region: string, index: number) => ({
  documentType: region.startsWith('CN') ? 'ID_CARD' : region === 'HK' ? 'HKID' : 'PASSPORT',
  documentNumber: region.startsWith('CN')
    ? `3301021980${pad(index % 100, 2)}01${pad((index * 37) % 10000, 4)}`
    : `P${pad(index * 7919, 8)}`,
});

/** The seeded customers there are, by name: how a second run finds them. */
export const existingCustomers = async (client: Client, tag = SEED_TAG) =>
  new Map(
    (
      await client.all<CustomerRow & { tags: string[] }>(
        STAFF.sales,
        `query($tag: String!, $after: String) { customers(filter: { tag: $tag }, first: 100, after: $after) { edges { node { ${CUSTOMER_FIELDS} tags } } pageInfo { hasNextPage endCursor } } }`,
        { tag },
        (data) => data.customers,
      )
    ).map((row) => [row.name, row]),
  );

/**
 * Registers one demo customer, or completes one a first run registered: the signed privacy
 * authorisation (DOMAIN 2.7), marketing e-mail consent for some, an identity check for others.
 */
export async function registerSmallCustomer(
  client: Client,
  plan: CustomerPlan,
  index: number,
  birthday: { year: number; month: number; day: number },
  existing: CustomerRow | undefined,
  d: Draws,
): Promise<{ row: CustomerRow; created: boolean }> {
  let row = existing;
  if (!row) {
    const slug = plan.name.toLowerCase().replace(/[^a-z]+/g, '.');
    const { registerCustomer } = await client.call<{ registerCustomer: CustomerRow }>(
      STAFF.sales,
      `mutation($input: RegisterCustomerInput!) { registerCustomer(input: $input) { ${CUSTOMER_FIELDS} } }`,
      {
        input: {
          name: plan.name,
          email: `${slug}@example.com`,
          phone: plan.region.startsWith('CN')
            ? `13${pad(index + 10, 2)}0${pad(d.between(1000, 9999), 4)}${pad(index, 2)}`
            : `+00 555 01${pad(index, 2)}`,
          region: plan.region,
          birthday: isoDate(birthday.year, birthday.month, birthday.day),
          preferredLanguage: plan.language,
          tags: [SEED_TAG, ...plan.tags],
          ...(plan.tier === 'DIAMOND' ? { representative: STAFF.sales.sub } : {}),
        },
      },
    );
    row = registerCustomer;
  } else if (plan.region.startsWith('CN')) {
    d.between(1000, 9999); // the phone number's draw, kept so later amounts do not shift
  }
  const id = row.id;
  const consent = (input: Record<string, unknown>) =>
    client.call(
      STAFF.specialist,
      `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
      { input: { customerId: id, ...input } },
    );
  const history = (kind: string) => row.consentHistory.filter((c) => c.kind === kind);
  if (history('PRIVACY').length === 0)
    await consent({
      kind: 'PRIVACY',
      granted: true,
      lawfulBasis: lawfulBasisOf(plan.region),
      source: 'signed privacy authorisation',
    });
  if (plan.marketing) {
    const marketing = history('MARKETING_EMAIL');
    if (marketing.length === 0)
      await consent({
        kind: 'MARKETING_EMAIL',
        granted: true,
        lawfulBasis: 'CONSENT',
        source: 'member sign-up form',
      });
    if (plan.marketing === 'UNSUBSCRIBED' && marketing.length < 2)
      await consent({ kind: 'MARKETING_EMAIL', granted: false, source: 'unsubscribe link in the mail' });
  }
  if (plan.verify && !row.identityVerified)
    await client.call(
      STAFF.sales,
      `mutation($input: VerifyIdentityInput!) { verifyIdentity(input: $input) { id } }`,
      { input: { customerId: id, ...documentOf(plan.region, index) } },
    );
  return { row, created: !existing };
}
