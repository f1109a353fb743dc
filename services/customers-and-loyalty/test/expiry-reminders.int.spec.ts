import { pointsExpiring } from '@care/contracts';
import { EXPIRY_REMINDER_JOB } from '../src/app';
import { remindExpiringPoints, type Reminder } from '../src/application/remind-expiring-points';
import type { Deps } from '../src/application/ports';
import { customerWithPurchases, pendingRedemption, publishedEvent, useHarness } from './harness';

// Points about to expire are announced once per customer and expiry moment (`points.expiring`), for the
// partner that reminds the customer; 30 days ahead by default (POINTS_EXPIRY_NOTICE_DAYS).

const h = useHarness('loyalty_reminders', { startAt: '2026-03-02T02:00:00Z' });

const MARCH_2026 = new Date('2026-03-31T16:00:00.000Z'); // the end of March 2026 in Shanghai
const JANUARY_2027 = new Date('2027-01-31T16:00:00.000Z');

const runJob = () => h.service.jobs[EXPIRY_REMINDER_JOB]!.runNow() as Promise<Reminder[]>;
const of = (customerId: string, reminders: Reminder[]) =>
  reminders.filter((r) => r.customerId === customerId);

/** A customer with 600 points earned in March 2024 (two purchases) and 800 in January 2025. */
const customerWithLots = () =>
  customerWithPurchases(h, [
    ['2024-03-10T02:00:00Z', '500'],
    ['2024-03-20T02:00:00Z', '100'],
    ['2025-01-10T02:00:00Z', '800'],
  ]);

/** The reminders of the customer in the outbox (each committed with its record), oldest first. */
const remindersSent = async (customerId: string) =>
  (
    await h.sql<{ data: { points: number; expiresAt: string } }>(
      `SELECT payload->'data' AS data FROM loyalty.outbox WHERE type = $1 AND payload->>'subject' = $2 ORDER BY seq`,
      [pointsExpiring.type, customerId],
    )
  ).map((r) => r.data);

afterEach(() => h.clock.set('2026-03-02T02:00:00Z'));

describe('reminders of points about to expire', () => {
  it('announces the points of an expiry moment once, when it comes within 30 days', async () => {
    const id = await customerWithLots();
    expect(of(id, await runJob())).toEqual([{ customerId: id, expiresAt: MARCH_2026, points: 600 }]);
    const event = await publishedEvent(h, pointsExpiring.type, id);
    expect(event.data).toEqual({
      customerId: id,
      points: 600,
      expiresAt: MARCH_2026.toISOString(),
      noticedAt: '2026-03-02T02:00:00.000Z',
    });
    expect(event.actor).toMatchObject({ kind: 'service' });
    // The customer's page tells which of the points the customer was reminded of.
    const page = await h.ok<{ customer: { pointsExpiring: unknown[] } }>(
      `query($id: ID!) { customer(id: $id) { pointsExpiring { expiresAt points remindedAt } } }`,
      { id },
      ['cs_specialist'],
    );
    expect(page.customer.pointsExpiring).toEqual([
      { expiresAt: MARCH_2026.toISOString(), points: 600, remindedAt: '2026-03-02T02:00:00.000Z' },
      { expiresAt: JANUARY_2027.toISOString(), points: 800, remindedAt: null },
    ]);

    // Later runs give no second reminder of the same moment.
    h.clock.set('2026-03-20T02:00:00Z');
    expect(of(id, await runJob())).toEqual([]);
    expect(await remindersSent(id)).toEqual([
      {
        customerId: id,
        points: 600,
        expiresAt: MARCH_2026.toISOString(),
        noticedAt: '2026-03-02T02:00:00.000Z',
      },
    ]);

    // January 2027's points: not yet on 1 January, reminded on the 2nd (30 days before, to the moment).
    h.clock.set('2027-01-01T15:59:59Z');
    expect(of(id, await runJob())).toEqual([]);
    h.clock.set('2027-01-01T16:00:00Z');
    expect(of(id, await runJob())).toEqual([{ customerId: id, expiresAt: JANUARY_2027, points: 800 }]);
    expect((await remindersSent(id)).map((r) => r.points)).toEqual([600, 800]);
  });

  it('reminds only of points still to be used, and no customer whose points are all locked or whose account is frozen', async () => {
    const locked = await customerWithLots();
    await pendingRedemption(h, locked, 600);
    const partly = await customerWithLots();
    await pendingRedemption(h, partly, 450);
    const frozen = await customerWithLots();
    await h.ok(
      `mutation($id: ID!) { freezeAccount(customerId: $id, reason: "points check") { id } }`,
      { id: frozen },
      ['sales'],
    );

    const reminders = await runJob();
    expect(of(locked, reminders)).toEqual([]);
    expect(of(partly, reminders)).toEqual([{ customerId: partly, expiresAt: MARCH_2026, points: 150 }]);
    expect(of(frozen, reminders)).toEqual([]);
    expect(await remindersSent(frozen)).toEqual([]);

    // Unfrozen, the customer is reminded at the next run.
    await h.ok(
      `mutation($id: ID!) { unfreezeAccount(customerId: $id, reason: "points check") { id } }`,
      { id: frozen },
      ['sales'],
    );
    expect(of(frozen, await runJob())).toEqual([{ customerId: frozen, expiresAt: MARCH_2026, points: 600 }]);
  });

  it('gives one reminder when two replicas run the job at the same moment', async () => {
    const id = await customerWithLots();
    const deps = h.service.deps as Deps;
    const runs = await Promise.all([remindExpiringPoints(deps), remindExpiringPoints(deps)]);
    expect(runs.flatMap((r) => of(id, r))).toEqual([{ customerId: id, expiresAt: MARCH_2026, points: 600 }]);
    expect(await remindersSent(id)).toHaveLength(1);
    expect(
      await h.sql(`SELECT points, noticed_at FROM loyalty.points_expiry_notice WHERE customer_id = $1`, [id]),
    ).toEqual([{ points: 600, noticed_at: new Date('2026-03-02T02:00:00Z') }]);
  });
});
