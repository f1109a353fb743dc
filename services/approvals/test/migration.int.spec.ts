import type { QueryRunner } from 'typeorm';
import { ApprovalSteps1767484800000 } from '../src/persistence/migrations/1767484800000-approval-steps';
import { OverdueAndDelegationScope1767571200000 } from '../src/persistence/migrations/1767571200000-overdue-and-delegation-scope';
import { as, FRIDAY_10H, approvalsForFile } from './harness';

const h = approvalsForFile('approvals_migration', FRIDAY_10H);

/** Legacy requests as they were stored before chains: one decider each. */
const LEGACY = [
  ['11111111-1111-4111-8111-111111111111', 'APPROVED', 'VP', 'vp-9', 'Fine', false, null],
  ['22222222-2222-4222-8222-222222222222', 'REJECTED', 'DEPARTMENT_HEAD', 'head-9', 'No budget', false, null],
  ['33333333-3333-4333-8333-333333333333', 'APPROVED', 'DEPARTMENT_HEAD', 'head-9', null, true, 'Quote late'],
  ['44444444-4444-4444-8444-444444444444', 'WITHDRAWN', 'GM', 'staff-9', 'Not needed', false, null],
  ['55555555-5555-4555-8555-555555555555', 'PENDING', 'DEPARTMENT_HEAD', null, null, false, null],
] as const;

describe('migrating requests to chains of steps', () => {
  it('[DOMAIN 3.2] turns every request that exists into a chain of one step, its decision kept, and the pending one goes on', async () => {
    const migration = new ApprovalSteps1767484800000();
    const later = new OverdueAndDelegationScope1767571200000();
    const runner = {
      query: (sql: string, params?: unknown[]) => h.sql(sql, params),
    } as unknown as QueryRunner;
    await later.down(runner);
    await migration.down(runner);
    for (const [id, status, authority, decidedBy, reason, late, explanation] of LEGACY)
      await h.sql(
        `INSERT INTO approval_request (id, type, title, amount, currency, status, required_authority, requested_by,
           submitted_at, due_at, due_at_provisional, decided_at, decided_by, decision_reason, decided_late,
           overdue_explanation)
         VALUES ($1, 'EXPENSE', 'Legacy', 500, 'CNY', $2, $3, 'staff-9', $4, $5, false, $6, $7, $8, $9, $10)`,
        [
          id,
          status,
          authority,
          FRIDAY_10H,
          new Date('2026-03-10T02:00:00Z'),
          status === 'PENDING' ? null : FRIDAY_10H,
          decidedBy,
          reason,
          late,
          explanation,
        ],
      );
    // The pending one was carried out at once: an emergency awaiting its ratification (DOMAIN 3.6).
    await h.sql(`UPDATE approval_request SET expedited = true WHERE status = 'PENDING'`);
    await migration.up(runner);
    await later.up(runner);

    const steps = await h.sql(
      `SELECT request_id, round, position, authority, decision, decided_by, comment, decided_late, overdue_explanation,
              due_at = '2026-03-10T02:00:00Z'::timestamptz AS due_kept
         FROM approval_step ORDER BY request_id`,
    );
    expect(steps).toEqual([
      expect.objectContaining({ authority: 'VP', decision: 'APPROVE', decided_by: 'vp-9', comment: 'Fine' }),
      expect.objectContaining({ authority: 'DEPARTMENT_HEAD', decision: 'REJECT', comment: 'No budget' }),
      expect.objectContaining({ decision: 'APPROVE', decided_late: true, overdue_explanation: 'Quote late' }),
      expect.objectContaining({ authority: 'GM', decision: null, decided_by: null }),
      expect.objectContaining({ authority: 'DEPARTMENT_HEAD', decision: null, round: 1, position: 1 }),
    ]);
    expect(steps.every((s) => s.due_kept && s.round === 1 && s.position === 1)).toBe(true);
    expect(await h.sql(`SELECT version FROM authority_policy`)).toEqual([{ version: 1 }]);
    // Its ratification deadline is the due time of its chain as first routed.
    expect(
      await h.sql(
        `SELECT id, ratification_due_at FROM approval_request WHERE ratification_due_at IS NOT NULL`,
      ),
    ).toEqual([
      { id: '55555555-5555-4555-8555-555555555555', ratification_due_at: new Date('2026-03-10T02:00:00Z') },
    ]);

    const pending = await h.read('55555555-5555-4555-8555-555555555555');
    expect(pending).toMatchObject({ policyVersion: null, currentStep: { authority: 'DEPARTMENT_HEAD' } });
    const approved = await h.decided(as('head-10', 'department_head'), {
      id: '55555555-5555-4555-8555-555555555555',
      decision: 'APPROVE',
    });
    expect(approved).toMatchObject({ status: 'APPROVED', decidedBy: 'head-10' });
  });
});
