import { randomUUID } from 'node:crypto';
import { tierChanged } from '@care/contracts';
import { expectEventually, whileListening, withClient } from '@care/testing';
import { codesOf, complaintsHarness, FILE, M, MONDAY_10, type C } from './harness';

// A complaint comes in: intake, classification and assignment (DOMAIN 1.1-1.4).

const h = complaintsHarness('complaints_intake');

describe('intake', () => {
  it('[DOMAIN 1.1] takes complaints on every channel; inside working hours accepted with the answer time, outside with the start time', async () => {
    h.clock.set(MONDAY_10);
    const inside = await h.walk('RECEIVED', { channel: 'WEB_CHAT' });
    expect(inside.acknowledgement).toEqual({
      accepted: true,
      message: `Your complaint ${inside.number} has been accepted; expected answer by 2026-03-03 10:00 (Asia/Shanghai).`,
      handlingStartsAt: '2026-03-02T02:00:00.000Z',
      expectedAnswerBy: '2026-03-03T02:00:00.000Z',
    });
    h.clock.set('2026-03-07T02:00:00Z'); // Saturday 10:00
    const outside = await h.walk('RECEIVED', { channel: 'EMAIL' });
    expect(outside.acknowledgement).toMatchObject({
      accepted: false,
      handlingStartsAt: '2026-03-09T01:00:00.000Z',
      expectedAnswerBy: '2026-03-09T10:00:00.000Z', // one working day: Monday 09:00-18:00
    });
    expect(outside.acknowledgement.message).toContain('handling starts at 2026-03-09 09:00');
    for (const channel of ['PHONE', 'OTHER'])
      expect((await h.walk('RECEIVED', { channel })).channel).toBe(channel);
    await expectEventually(() => expect(h.eventsOf(outside.id, 'received')).toHaveLength(1));
  });

  it('[DOMAIN 1.2] files once per client key: a retry returns the same complaint and takes no number', async () => {
    h.clock.set(MONDAY_10);
    const input = {
      customerId: await h.registerCustomer(),
      channel: 'PHONE',
      description: 'Parcel late',
      idempotencyKey: `k-${randomUUID()}`,
    };
    const [a, b] = await Promise.all([
      h.call<{ fileComplaint: C }>(h.tokens.specialist, FILE, { input }),
      h.call<{ fileComplaint: C }>(h.tokens.specialist, FILE, { input }),
    ]);
    const again = await h.call<{ fileComplaint: C }>(h.tokens.specialist, FILE, { input });
    expect(new Set([a.fileComplaint.id, b.fileComplaint.id, again.fileComplaint.id]).size).toBe(1);
    const rows = await h.db.query(
      `SELECT count(*)::int AS n FROM "${h.db.schema}".complaint WHERE customer_id = $1`,
      [input.customerId],
    );
    expect(rows[0]!.n).toBe(1);
    const next = await h.walk('RECEIVED');
    const serial = (n: string) => Number(n.slice(-6));
    expect(serial(next.number)).toBe(serial(a.fileComplaint.number) + 1);
  });

  it("[DOMAIN 1.2] a refused filing never waits for a number: the year's counter is taken once the input has passed", async () => {
    h.clock.set(MONDAY_10);
    await h.walk('RECEIVED'); // this year's counter exists
    const input = {
      customerId: await h.registerCustomer(),
      channel: 'PHONE',
      description: 'Parcel late',
      receivedAt: '2026-03-03T02:00:00Z', // tomorrow: refused by intake itself
    };
    // Another filing holds the counter, between taking its number and its commit.
    await withClient(h.db.url, async (holder) => {
      await holder.query('BEGIN');
      await holder.query(`UPDATE "${h.db.schema}".complaint_number_counter SET last = last`);
      const { rows } = await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      let looking = true;
      // Whether a session comes to wait for the holder's lock, looked for until the filing is answered.
      const waited = (async () => {
        while (looking) {
          const [waiting] = await h.db.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`,
            [rows[0]!.pid],
          );
          if (waiting!.n > 0) return 'waited for the counter';
          await new Promise((r) => setTimeout(r, 10));
        }
        return 'never waited';
      })();
      try {
        const refused = h.attempt(h.tokens.specialist, FILE, { input });
        expect(await Promise.race([refused, waited])).not.toBe('waited for the counter');
        expect(codesOf(await refused)).toEqual(['BAD_USER_INPUT']);
      } finally {
        looking = false;
        await holder.query('ROLLBACK');
        await waited;
      }
    });
  });
});

describe("the filing's event", () => {
  it("leaves through the relay of the service's own process, woken by the commit: Postgres is sent no NOTIFY", async () => {
    await whileListening(h.db.url, `outbox_${h.db.schema}`, async (heard, listener) => {
      h.clock.set(MONDAY_10);
      const filed = await h.walk('RECEIVED');
      await expectEventually(() => expect(h.eventsOf(filed.id, 'received')).toHaveLength(1));
      // A notification sent by the commit would have arrived before the event went out through NATS.
      await listener.query('SELECT 1');
      expect(heard).toEqual([]);
    });
  });
});

describe('classification', () => {
  it('[DOMAIN 1.3] a POINTS_ANOMALY classification is evented for loyalty; URGENT starts the emergency procedure with the shortest targets', async () => {
    h.clock.set(MONDAY_10);
    const c = await h.walk('CLASSIFIED', { category: 'POINTS_ANOMALY', urgency: 'URGENT' });
    expect(c).toMatchObject({
      status: 'CLASSIFIED',
      category: 'POINTS_ANOMALY',
      urgency: 'URGENT',
      complexity: 'SIMPLE',
    });
    expect(c.sla).toMatchObject({
      tier: 'MEMBER',
      firstResponseTargetHours: 1,
      resolutionTargetHours: 9,
      firstResponseDueAt: '2026-03-02T03:00:00.000Z',
      resolutionDueAt: '2026-03-03T02:00:00.000Z',
    });
    await expectEventually(() => {
      expect(h.eventsOf(c.id, 'classified')[0]?.data).toMatchObject({
        complaintId: c.id,
        customerId: c.customer.id,
        category: 'POINTS_ANOMALY',
        urgency: 'URGENT',
      });
      expect(h.eventsOf(c.id, 'emergency_started')[0]?.data).toMatchObject({ notify: 'leadership_group' });
    });
    expect(c.internalTimeline.map((e: C) => e.action)).toContain('EMERGENCY_STARTED');
  });

  it('[DOMAIN 1.3] a Diamond customer (from loyalty’s tier.changed) is served in half the time, across a weekend', async () => {
    const customerId = await h.registerCustomer();
    await h.publish(tierChanged, customerId, {
      customerId,
      from: 'PLATINUM',
      to: 'DIAMOND',
      reason: 'EVALUATION',
      evaluationYear: 2025,
      annualSpend: '612000.00',
      effectiveAt: '2026-01-12T02:00:00.000Z',
    });
    await expectEventually(async () => {
      const rows = await h.db.query(
        `SELECT tier FROM "${h.db.schema}".customer_tier WHERE customer_id = $1`,
        [customerId],
      );
      expect(rows).toEqual([{ tier: 'DIAMOND' }]);
    });
    h.clock.set('2026-03-06T09:00:00Z'); // Friday 17:00
    const c = await h.walk('CLASSIFIED', { customerId, urgency: 'HIGH' });
    expect(c.customerTier).toBe('DIAMOND');
    // HIGH: 4 h / 27 h, halved: 2 h / 13.5 h. Fri 17-18 (1 h), Mon 9 h, Tue 09:00 + 3.5 h.
    expect(c.sla).toMatchObject({
      tier: 'DIAMOND',
      firstResponseTargetHours: 2,
      resolutionTargetHours: 13.5,
      firstResponseDueAt: '2026-03-09T02:00:00.000Z',
      resolutionDueAt: '2026-03-10T04:30:00.000Z',
    });
  });
});

describe('assignment', () => {
  it('[DOMAIN 1.4] the routing table names the department; the written hand-over notifies its head', async () => {
    h.clock.set(MONDAY_10);
    const c = await h.walk('CLASSIFIED', { category: 'LOGISTICS_DELAY', urgency: 'HIGH' });
    const assigned = (
      await h.call<{ assignComplaint: C }>(h.tokens.manager, M.assign, {
        input: { id: c.id, notes: 'Customer waits since Friday', customerExpectedBy: '2026-03-04T10:00:00Z' },
      })
    ).assignComplaint;
    expect(assigned).toMatchObject({
      status: 'ASSIGNED',
      departments: ['LOGISTICS'],
      leadDepartment: 'LOGISTICS',
      handover: {
        urgency: 'HIGH',
        customerExpectedBy: '2026-03-04T10:00:00.000Z',
        notes: 'Customer waits since Friday',
      },
    });
    await expectEventually(() =>
      expect(h.eventsOf(c.id, 'assigned')[0]?.data).toMatchObject({
        departments: ['LOGISTICS'],
        leadDepartment: 'LOGISTICS',
        urgency: 'HIGH',
        notify: 'department_head',
        customerExpectedBy: '2026-03-04T10:00:00.000Z',
      }),
    );
  });

  it('[DOMAIN 1.4] several departments need a lead department named by the leadership group; the table is data', async () => {
    h.clock.set(MONDAY_10);
    const c = await h.walk('CLASSIFIED', { category: 'PRODUCT_QUALITY' });
    const input = { id: c.id, notes: 'Quality and logistics', additionalDepartments: ['LOGISTICS'] };
    expect(
      codesOf(
        await h.attempt(h.tokens.manager, M.assign, { input: { ...input, leadDepartment: 'LOGISTICS' } }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(codesOf(await h.attempt(h.tokens.leadership, M.assign, { input }))).toEqual(['BAD_USER_INPUT']);
    expect((await h.complaintOf(c.id)).status).toBe('CLASSIFIED');
    const a = (
      await h.call<{ assignComplaint: C }>(h.tokens.leadership, M.assign, {
        input: { ...input, leadDepartment: 'LOGISTICS' },
      })
    ).assignComplaint;
    expect(a).toMatchObject({ departments: ['QUALITY_CONTROL', 'LOGISTICS'], leadDepartment: 'LOGISTICS' });
    // Only the lead department proposes; other departments investigate.
    await h.call(h.tokens.qcStaff, M.investigate, { input: { id: c.id, note: 'Seams', evidence: [] } });
    await h.call(h.tokens.qcStaff, M.rootCause, {
      input: { id: c.id, category: 'MATERIAL', what: 'Seams', why: 'Thread' },
    });
    expect(
      codesOf(await h.attempt(h.tokens.qcStaff, M.propose, { input: { id: c.id, description: 'Replace' } })),
    ).toEqual(['FORBIDDEN']);
    expect(
      (
        await h.call<{ proposeSolution: C }>(h.tokens.logisticsStaff, M.propose, {
          input: { id: c.id, description: 'Replace' },
        })
      ).proposeSolution.status,
    ).toBe('SOLUTION_PROPOSED');

    await h.db.query(
      `UPDATE "${h.db.schema}".routing_rule SET department = 'PURCHASING' WHERE category = 'OTHER'`,
    );
    const other = await h.walk('ASSIGNED', { category: 'OTHER' });
    expect(other.departments).toEqual(['PURCHASING']);
  });
});
