import { randomUUID } from 'node:crypto';
import {
  approvalRequestDecided,
  createEvent,
  discountApprovalRequested,
  discountIssued,
  type EventDefinition,
} from '@care/contracts';
import { errorCodes, expectEventually, type TestActor } from '@care/testing';
import type { z } from 'zod';
import { OVERDUE_APPEALS_JOB, UNAPPROVED_DISCOUNTS_JOB } from '../src/app';
import { expectGovernanceEvent, governanceEvent, governanceWithTapForFile } from './harness';
import { cst } from './company-time';

const h = governanceWithTapForFile('violations', '2026-09-21T02:00:00Z');
const compliance: TestActor = { sub: 'compliance-1', roles: ['compliance'] };
const hr: TestActor = { sub: 'hr-1', roles: ['hr'] };
const gm: TestActor = { sub: 'gm-1', roles: ['gm'] };
const gmOffice: TestActor = { sub: 'gm-office-1', roles: ['gm_office'] };
const person: TestActor = { sub: 'sales-7', roles: ['sales'] };
const colleague: TestActor = { sub: 'sales-8', roles: ['sales'] };

const FIELDS = `id status level cases personId version proposedPenalty { kind amount } penalty { kind amount }
  finalPenalty { kind amount } statementDueAt appealDueAt appealDecisionDueAt appealDecisionOverdue appealOutcome
  source subjectType subjectId detectedFromEventType`;
type V = Record<string, unknown> & { id: string; status: string; version: number };

const mutate = async (name: string, input: Record<string, unknown>, actor: TestActor) =>
  h.raw<Record<string, V>>(
    `mutation($input: ${inputType(name)}!) { ${name}(input: $input) { ${FIELDS} } }`,
    { input },
    actor,
  );
const inputType = (name: string) => `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
const step = async (name: string, input: Record<string, unknown>, actor: TestActor): Promise<V> => {
  const result = await mutate(name, input, actor);
  if (result.errors?.length) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
  return result.data![name]!;
};

const open = () =>
  step(
    'openViolation',
    {
      level: 'SERIOUS',
      category: 'DISCOUNT_WITHOUT_APPROVAL',
      cases: 2,
      personId: person.sub,
      summary: 'Two Platinum discounts without the department head',
      report: 'Investigation report CR-2026-014',
    },
    compliance,
  );

/** A violation through to HR's decision on Wednesday 30 September 2026, 15:00 company time. */
async function decided(): Promise<V> {
  h.clock.set(cst('2026-09-22T10:00:00'));
  const { id } = await open();
  await step('giveViolationNotice', { id, notice: 'Written notice WN-7' }, compliance);
  h.clock.set(cst('2026-09-23T10:00:00'));
  await step('submitViolationStatement', { id, statement: 'Asked by phone' }, person);
  h.clock.set(cst('2026-09-30T15:00:00'));
  return step('decideViolation', { id, penalty: 'FINE', reason: 'Two cases confirmed' }, hr);
}

describe('the penalty procedure', () => {
  it('[DOMAIN 4.5] report -> notice -> statement -> HR decides -> GM records, each by its role, each an event and a trace', async () => {
    const d = await decided();
    expect(d).toMatchObject({
      status: 'DECIDED',
      cases: 2,
      proposedPenalty: { kind: 'FINE', amount: '1000.00' },
      penalty: { kind: 'FINE', amount: '1000.00' },
      appealDueAt: '2026-10-10T16:00:00.000Z',
    });
    h.clock.set(cst('2026-10-08T09:30:00'));
    const recorded = await step('recordViolation', { id: d.id }, gm);
    expect(recorded).toMatchObject({ status: 'RECORDED', finalPenalty: { kind: 'FINE', amount: '1000.00' } });
    for (const name of ['opened', 'notified', 'statement_submitted', 'decided', 'recorded']) {
      await expectGovernanceEvent(h, d.id, `care.governance.violation.${name}.v1`, {
        violationId: d.id,
        level: 'SERIOUS',
        personId: 'sales-7',
      });
    }
    const traces = await h.sql(
      `SELECT action, actor FROM audit_entry WHERE subject_type = 'violation' AND subject_id = $1 ORDER BY position`,
      [d.id],
    );
    expect(traces).toEqual([
      { action: 'care.governance.violation.opened.v1', actor: 'user:compliance-1' },
      { action: 'care.governance.violation.notified.v1', actor: 'user:compliance-1' },
      { action: 'care.governance.violation.statement_submitted.v1', actor: 'user:sales-7' },
      { action: 'care.governance.violation.decided.v1', actor: 'user:hr-1' },
      { action: 'care.governance.violation.recorded.v1', actor: 'user:gm-1' },
    ]);
  });

  it('[DOMAIN 4.5] answers the wrong role FORBIDDEN, an unknown violation NOT_FOUND, a step out of order INVALID_TRANSITION, a penalty outside the level BAD_USER_INPUT', async () => {
    h.clock.set(cst('2026-09-22T10:00:00'));
    const v = await open();
    const codes = async (name: string, input: Record<string, unknown>, actor: TestActor) =>
      errorCodes(await mutate(name, input, actor));
    expect(await codes('decideViolation', { id: v.id, penalty: 'FINE', reason: 'r' }, compliance)).toEqual([
      'FORBIDDEN',
    ]);
    expect(await codes('recordViolation', { id: v.id }, hr)).toEqual(['FORBIDDEN']);
    expect(await codes('giveViolationNotice', { id: v.id, notice: 'n' }, person)).toEqual(['FORBIDDEN']);
    expect(
      await codes(
        'openViolation',
        { level: 'SEVERE', category: 'PRIVACY_LEAK', personId: 'x', summary: 's', report: 'r' },
        hr,
      ),
    ).toEqual(['FORBIDDEN']);
    expect(await codes('giveViolationNotice', { id: randomUUID(), notice: 'n' }, compliance)).toEqual([
      'NOT_FOUND',
    ]);
    expect(await codes('recordViolation', { id: v.id }, gm)).toEqual(['INVALID_TRANSITION']);
    await step('giveViolationNotice', { id: v.id, notice: 'n' }, compliance);
    expect(await codes('submitViolationStatement', { id: v.id, statement: 'not mine' }, colleague)).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      await codes(
        'submitViolationStatement',
        { id: v.id, statement: 's' },
        { sub: 'sales-7', roles: ['customer'] },
      ),
    ).toEqual(['FORBIDDEN']);
    await step('submitViolationStatement', { id: v.id, waived: true }, person);
    expect(await codes('decideViolation', { id: v.id, penalty: 'WARNING', reason: 'r' }, hr)).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      await codes('decideViolation', { id: v.id, expectedVersion: 1, penalty: 'FINE', reason: 'r' }, hr),
    ).toEqual(['CONFLICT']);
  });

  it('[DOMAIN 4.5] the person reads their own violations only; customers and partners none', async () => {
    const own = await h.ok<{
      violations: { totalCount: number; edges: { node: { id: string; personId: string } }[] };
    }>(`{ violations(first: 100) { totalCount edges { node { id personId } } } }`, {}, person);
    expect(own.violations.totalCount).toBeGreaterThan(0);
    expect(new Set(own.violations.edges.map((e) => e.node.personId))).toEqual(new Set(['sales-7']));
    const theirs = await h.raw(
      `query($id: ID!) { violation(id: $id) { id } }`,
      { id: own.violations.edges[0]!.node.id },
      colleague,
    );
    expect(errorCodes(theirs)).toEqual(['NOT_FOUND']);
    expect(
      (await h.ok<{ violations: { totalCount: number } }>(`{ violations { totalCount } }`, {}, colleague))
        .violations.totalCount,
    ).toBe(0);
    for (const roles of [['customer'], ['partner'], []] as const)
      expect(
        errorCodes(await h.raw(`{ violations { totalCount } }`, {}, { sub: 'x', roles: [...roles] })),
      ).toEqual(['FORBIDDEN']);
  });
});

describe('the appeal', () => {
  it('[DOMAIN 4.5] an appeal on the 4th working day after the decision is refused', async () => {
    const d = await decided();
    h.clock.set(cst('2026-10-12T09:00:00')); // Mon 12 Oct: Thu 8, Fri 9, Sat 10 were days 1 to 3
    expect(errorCodes(await mutate('appealViolation', { id: d.id, reason: 'late' }, person))).toEqual([
      'INVALID_TRANSITION',
    ]);
  });

  it('[DOMAIN 4.5] one on the 3rd is accepted, due 5 working days later, found overdue after', async () => {
    const d = await decided();
    h.clock.set(cst('2026-10-10T23:00:00')); // the make-up Saturday, the 3rd working day
    const appealed = await step('appealViolation', { id: d.id, reason: 'I had verbal approval' }, person);
    // Mon 12 to Fri 16 October are its 5 working days.
    expect(appealed).toMatchObject({
      status: 'APPEALED',
      appealDecisionDueAt: '2026-10-16T16:00:00.000Z',
      appealDecisionOverdue: false,
    });
    const job = () => h.service.jobs[OVERDUE_APPEALS_JOB]!.runNow() as Promise<V[]>;
    h.clock.set(cst('2026-10-16T23:59:00'));
    expect((await job()).map((v) => v.id)).not.toContain(d.id);
    h.clock.set(cst('2026-10-17T00:00:00'));
    expect((await job()).map((v) => v.id)).toContain(d.id);
    expect((await job()).map((v) => v.id)).not.toContain(d.id);
    await expectGovernanceEvent(h, d.id, 'care.governance.violation.appeal_overdue.v1', {
      appealDecisionDueAt: '2026-10-16T16:00:00.000Z',
      status: 'APPEALED',
    });
    const overdue = await h.ok<{
      violations: { edges: { node: { id: string; appealDecisionOverdue: boolean } }[] };
    }>(
      `{ violations(filter: { appealDecisionOverdue: true }, first: 100) { edges { node { id appealDecisionOverdue } } } }`,
      {},
      gmOffice,
    );
    expect(overdue.violations.edges.map((e) => e.node)).toContainEqual({
      id: d.id,
      appealDecisionOverdue: true,
    });
    const resolved = await step(
      'decideViolationAppeal',
      { id: d.id, outcome: 'UPHELD', reason: 'confirmed' },
      gmOffice,
    );
    expect(resolved).toMatchObject({
      status: 'RESOLVED',
      appealOutcome: 'UPHELD',
      finalPenalty: { kind: 'FINE', amount: '1000.00' },
    });
  });
});

describe('violations detected from events', () => {
  const publish = async <S extends z.ZodObject>(
    definition: EventDefinition<S>,
    data: z.input<S>,
    actor = 'sales-9',
  ) => {
    const event = createEvent(definition, randomUUID(), data, {
      actor: { kind: 'user', id: actor },
      correlationId: randomUUID(),
    });
    h.service.nats.publish(`${h.db.namespace}.${definition.subject}`, JSON.stringify(event));
    return event;
  };
  const watched = (discountId: string) =>
    h.sql(
      `SELECT issued_at IS NOT NULL AS issued, approved_at IS NOT NULL AS approved FROM discount_watch WHERE discount_id = $1`,
      [discountId],
    );
  const detect = () => h.service.jobs[UNAPPROVED_DISCOUNTS_JOB]!.runNow() as Promise<V[]>;

  it('[DOMAIN 4.5] a discount issued without its approval opens a serious violation proposing the 500 fine; an approved one does not', async () => {
    h.clock.set('2026-11-02T02:00:00Z');
    const unapproved = randomUUID();
    const approved = randomUUID();
    const gold = randomUUID();
    const issue = (discountId: string, kind: string) =>
      publish(discountIssued, {
        ...discountIssued.example,
        discountId,
        kind,
        tier: kind === 'GOLD_QUARTERLY' ? 'GOLD' : 'PLATINUM',
      });
    // The approved discount: asked, approved, issued; the streams may arrive in any order.
    await issue(approved, 'PLATINUM_EXCLUSIVE');
    await publish(discountApprovalRequested, {
      ...discountApprovalRequested.example,
      discountId: approved,
      reference: { service: 'loyalty', aggregate: 'discount', id: approved },
    });
    await publish(
      approvalRequestDecided,
      {
        ...approvalRequestDecided.example,
        type: 'DISCOUNT',
        outcome: 'APPROVED',
        reference: { service: 'loyalty', aggregate: 'discount', id: approved },
      },
      'head-1',
    );
    const issued = await issue(unapproved, 'PLATINUM_EXCLUSIVE');
    await issue(gold, 'GOLD_QUARTERLY');
    await expectEventually(async () => {
      expect(await watched(approved)).toEqual([{ issued: true, approved: true }]);
      expect(await watched(unapproved)).toEqual([{ issued: true, approved: false }]);
      expect(await watched(gold)).toEqual([{ issued: true, approved: false }]);
    });
    // Within the grace period the approval may still be on its way.
    expect(await detect()).toEqual([]);
    h.clock.advance(11 * 60_000);
    const opened = await detect();
    expect(opened.map((v) => v.subject)).toEqual([{ type: 'discount', id: unapproved }]);
    expect(await detect()).toEqual([]);
    const { violations } = await h.ok<{ violations: { totalCount: number; edges: { node: V }[] } }>(
      `{ violations(filter: { category: "DISCOUNT_WITHOUT_APPROVAL", status: [OPEN] }) { totalCount edges { node { ${FIELDS} } } } }`,
      {},
      compliance,
    );
    expect(violations.totalCount).toBe(1);
    expect(violations.edges[0]!.node).toMatchObject({
      status: 'OPEN',
      level: 'SERIOUS',
      source: 'DETECTED',
      personId: 'sales-9',
      proposedPenalty: { kind: 'FINE', amount: '500.00' },
      subjectType: 'discount',
      subjectId: unapproved,
      detectedFromEventType: 'care.loyalty.discount.issued.v1',
    });
    const event = await governanceEvent(
      h,
      violations.edges[0]!.node.id,
      'care.governance.violation.opened.v1',
    );
    expect(event).toMatchObject({
      causationId: issued.id,
      actor: { kind: 'service', id: 'governance' },
      data: {
        source: 'DETECTED',
        proposedPenalty: { kind: 'FINE', amount: '500.00' },
        detectedFrom: { eventId: issued.id },
      },
    });
    // Compliance reports on it and the procedure goes on as for any other.
    const reported = await step(
      'fileViolationReport',
      { id: violations.edges[0]!.node.id, report: 'Issued at the counter without approval' },
      compliance,
    );
    expect(reported).toMatchObject({ status: 'REPORTED', personId: 'sales-9' });
  });
});
