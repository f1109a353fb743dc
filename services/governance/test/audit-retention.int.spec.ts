import { auditPurged } from '@care/contracts';
import { ConfigError, parseConfig } from '@care/service-kit';
import { eventSeen, harnessForFile, tapStream, testServiceEnv, type TestActor } from '@care/testing';
import { purgeAuditTrail } from '../src/application/purge-audit-trail';
import { auditNote } from '../src/domain/audit-entry';
import { configSchema } from '../src/config';
import { AUDIT_PURGE_JOB } from '../src/app';
import { startGovernance } from './harness';

// The real time: the database's guard of the retention period reads the database's own clock.
const h = harnessForFile(() => startGovernance('audit_retention'));
const auditor: TestActor = { sub: 'auditor-1', roles: ['audit'] };
const DAY = 86_400_000;

/** Appends a note that happened at `at` (as the service does, through its chain). */
const noteAt = (at: Date, subjectId: string) =>
  h.service.deps.unitOfWork((tx) =>
    tx.entries.insert(
      auditNote(
        { action: 'paper.archived', subjectType: 'Contract', subjectId },
        { id: crypto.randomUUID(), actor: 'auditor-1', now: at },
      ),
    ),
  );
const positions = async () =>
  (await h.sql(`SELECT position::int AS p FROM audit_entry ORDER BY position`)).map((r) => r.p as number);
const purge = () => h.service.jobs[AUDIT_PURGE_JOB]!.runNow() as ReturnType<typeof purgeAuditTrail>;

describe('audit retention', () => {
  beforeAll(async () => {
    const young = new Date(Date.now() - DAY);
    for (const [at, id] of [
      [new Date('2025-01-10T02:00:00Z'), 'old-1'],
      [new Date('2025-01-11T02:00:00Z'), 'old-2'],
      [new Date('2025-02-01T02:00:00Z'), 'old-3'],
      [young, 'young-4'],
      [new Date('2025-03-01T02:00:00Z'), 'old-5'],
      [new Date('2025-03-02T02:00:00Z'), 'old-6'],
    ] as const)
      await noteAt(at, id);
  });

  it('refuses a retention shorter than 6 months in the configuration', () => {
    const env = testServiceEnv(h.db);
    expect(() => parseConfig(configSchema, { ...env, AUDIT_RETENTION_MONTHS: '5' })).toThrow(ConfigError);
    expect(() => parseConfig(configSchema, { ...env, AUDIT_RETENTION_MONTHS: '5' })).toThrow(
      /at least 6 months/,
    );
    expect(parseConfig(configSchema, { ...env, AUDIT_RETENTION_MONTHS: '24' }).AUDIT_RETENTION_MONTHS).toBe(
      24,
    );
  });

  it('[DOMAIN 4.1] a purge asked to reach into the retention period is refused', async () => {
    await expect(
      purgeAuditTrail(h.service.deps, { before: new Date(Date.now() - 30 * DAY) }),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: expect.objectContaining({ field: 'before' }),
    });
    expect(await positions()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('[DOMAIN 4.1] the database refuses the purge when the service clock runs ahead of retention', async () => {
    h.clock.set(new Date(Date.now() + 365 * DAY));
    try {
      await expect(purge()).rejects.toThrow(/must be kept until/);
    } finally {
      h.clock.set(new Date());
    }
    expect(await positions()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('[DOMAIN 4.1] the purge job deletes the oldest entries past retention, never a younger one, and the rest still verifies', async () => {
    const tap = await tapStream(h.db.namespace, 'CARE_GOVERNANCE');
    try {
      const checkpoint = await purge();
      // The young entry at position 4 stops the run: 5 and 6 are old but wait behind it.
      expect(checkpoint).toMatchObject({ position: 3, deleted: 3 });
      expect(await positions()).toEqual([4, 5, 6, 7]);
      const [young] = await h.sql(`SELECT subject_id FROM audit_entry WHERE position = 4`);
      expect(young).toEqual({ subject_id: 'young-4' });
      const event = await eventSeen(tap, (e) => e.type === auditPurged.type);
      expect(event.data).toMatchObject({ throughPosition: 3, deleted: 3, throughHash: checkpoint!.hash });
      const [trace] = await h.sql(`SELECT action, actor FROM audit_entry WHERE position = 7`);
      expect(trace).toEqual({ action: auditPurged.type, actor: 'service:governance' });
    } finally {
      await tap.stop();
    }
    expect(await purge()).toBeNull();
    expect(await positions()).toEqual([4, 5, 6, 7]);
    const { verifyAuditChain: result } = await h.ok<{
      verifyAuditChain: {
        verified: boolean;
        findings: unknown[];
        checked: number;
        head: { purgedThrough: unknown };
      };
    }>(
      `{ verifyAuditChain { verified findings { position } checked head { purgedThrough { position deleted } } } }`,
      {},
      auditor,
    );
    expect(result).toEqual({
      verified: true,
      findings: [],
      checked: 4,
      head: { purgedThrough: { position: 3, deleted: 3 } },
    });
  });

  it('[DOMAIN 4.1] a longer configured retention keeps entries the 6-month minimum would let go', async () => {
    const longer = await startGovernance('audit_retention_long', new Date(), {
      AUDIT_RETENTION_MONTHS: '36',
    });
    try {
      await longer.service.deps.unitOfWork((tx) =>
        tx.entries.insert(
          auditNote(
            { action: 'paper.archived', subjectType: 'Contract', subjectId: 'old' },
            { id: crypto.randomUUID(), actor: 'auditor-1', now: new Date('2025-01-10T02:00:00Z') },
          ),
        ),
      );
      expect(await longer.service.jobs[AUDIT_PURGE_JOB]!.runNow()).toBeNull();
      expect(await longer.sql(`SELECT count(*)::int AS n FROM audit_entry`)).toEqual([{ n: 1 }]);
    } finally {
      await longer.close();
    }
  });
});
