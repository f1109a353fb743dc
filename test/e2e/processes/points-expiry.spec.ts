/**
 * Points earned two years ago come up for expiry: finance sees them in the liability's schedule, the
 * partner that writes to members is told a month ahead (`points.expiring`) and the service desk sees that
 * the customer was reminded; at the end of the month the expiry job debits them, the partner reads
 * `points.expired`, and the liability and the customer's statement no longer hold them (DOMAIN 2.1).
 */
import { companyForFile, STAFF } from './steps';

const company = companyForFile('2026-03-02T09:00:00+08:00');

const STATEMENT = `query($id: ID!) { customer(id: $id) { pointsBalance
  pointsExpiring { expiresAt points remindedAt } } }`;
const LIABILITY = `{ pointsLiability { available expiring(months: 2) { month points customers } } }`;

type Statement = {
  pointsBalance: number;
  pointsExpiring: { expiresAt: string; points: number; remindedAt: string | null }[];
};
type Liability = { available: number; expiring: { month: string; points: number; customers: number }[] };

const statement = (id: string) => company.answer<Statement>(STAFF.csSpecialist, STATEMENT, { id });
const liability = () => company.answer<Liability>(STAFF.finance, LIABILITY);
const END_OF_MARCH = '2026-03-31T16:00:00.000Z'; // midnight at the end of 31 March in Shanghai

describe('points that come up for expiry', () => {
  it('[DOMAIN 2.1] are in the liability, announced to the partner a month ahead, then debited at the end of the 24th month', async () => {
    // Earned in March 2024: valid to the end of March 2026.
    company.at('2024-03-10T10:00:00+08:00');
    const customerId = await company.newCustomer('Gao Lan', { spend: '4200.00' });
    company.at('2026-03-02T10:00:00+08:00');
    // The file's system holds this customer only.
    const before = await liability();
    expect(before).toEqual({
      available: 4_200,
      expiring: [
        { month: '2026-03', points: 4_200, customers: 1 },
        { month: '2026-04', points: 0, customers: 0 },
      ],
    });
    expect(await statement(customerId)).toEqual({
      pointsBalance: 4_200,
      pointsExpiring: [{ expiresAt: END_OF_MARCH, points: 4_200, remindedAt: null }],
    });

    // The reminder job, a month ahead: the partner is told, the desk sees when.
    await company.runJob('customers-and-loyalty', 'points-expiry-reminder');
    const notice = await company.partnerSees('care.loyalty.points.expiring.v1', {
      customerId,
      points: 4_200,
      expiresAt: END_OF_MARCH,
    });
    expect(notice.subject).toBe(customerId);
    expect((await statement(customerId)).pointsExpiring).toEqual([
      { expiresAt: END_OF_MARCH, points: 4_200, remindedAt: '2026-03-02T02:00:00.000Z' },
    ]);

    // The end of March in Shanghai: the expiry job debits them.
    company.at('2026-04-01T00:00:00+08:00');
    await company.runJob('customers-and-loyalty', 'points-expiry');
    await company.partnerSees('care.loyalty.points.expired.v1', {
      customerId,
      kind: 'EXPIRE',
      points: -4_200,
    });
    expect(await statement(customerId)).toEqual({ pointsBalance: 0, pointsExpiring: [] });
    expect(await liability()).toEqual({
      available: 0,
      expiring: [
        { month: '2026-04', points: 0, customers: 0 },
        { month: '2026-05', points: 0, customers: 0 },
      ],
    });
    // One reminder only, whatever the job's later runs.
    await company.runJob('customers-and-loyalty', 'points-expiry-reminder');
    expect(
      company
        .partnerEvents()
        .filter((e) => e.type === 'care.loyalty.points.expiring.v1' && e.subject === customerId),
    ).toHaveLength(1);
  });
});
