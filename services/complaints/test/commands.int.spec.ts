import { randomUUID } from 'node:crypto';
import { testToken } from '@care/testing';
import { commandAllowed, STATUSES, type ComplaintCommand } from '../src/domain/state-machine';
import type { ComplaintKind, ComplaintStatus } from '../src/domain/complaint';
import { codesOf, complaintsHarness, GET, M, WALKABLE, type C } from './harness';

const h = complaintsHarness('complaints_commands');
let admin: string;
/** One complaint (or inquiry) in every status it can reach. */
const fixtures: { kind: ComplaintKind; status: ComplaintStatus; complaint: C }[] = [];

/**
 * Every command with input that breaks its other rules (blank texts, an unknown solution, a satisfaction
 * of 9, no report, a due date in the past...): where the lifecycle does not allow the command, the
 * answer must still be INVALID_TRANSITION.
 */
const INVALID: Record<ComplaintCommand, [string, Record<string, unknown>]> = {
  classifyComplaint: [M.classify, { category: 'OTHER', urgency: 'URGENT', complexity: 'COMPLEX' }],
  assignComplaint: [M.assign, { notes: ' ', additionalDepartments: ['LOGISTICS', 'SALES'] }],
  recordInvestigation: [M.investigate, { note: ' ' }],
  recordRootCause: [M.rootCause, { category: 'MATERIAL', what: ' ', why: ' ' }],
  proposeSolution: [M.propose, { description: ' ', compensation: { points: -5 } }],
  recordCustomerResponse: [M.respond, { solutionId: randomUUID(), response: 'REJECT' }],
  startImplementation: [M.implement, { expectedVersion: null }],
  resolveComplaint: [M.resolve, { summary: ' ' }],
  answerInquiry: [M.answer, { answer: ' ' }],
  respondToCustomer: [M.message, { message: ' ' }],
  recordFeedback: [M.feedback, { whatWasDone: ' ', satisfaction: 9, resultToldToCustomer: false }],
  recordFollowUp: [M.followUp, { outcome: ' ', newProblem: true }],
  reopenComplaint: [M.reopen, { reason: ' ' }],
  closeComplaint: [M.close, { report: null }],
  addImprovementAction: [
    M.addAction,
    { description: ' ', ownerDepartment: 'PURCHASING', dueDate: '2020-01-01' },
  ],
};

beforeAll(async () => {
  h.clock.set('2026-03-02T02:00:00Z');
  // An administrator passes every role and department check: only the lifecycle can refuse.
  admin = await testToken({ sub: 'admin-1', roles: ['admin'] });
  for (const status of WALKABLE)
    fixtures.push({ kind: 'COMPLAINT', status, complaint: await h.walk(status) });
  const done = await h.walk('RESOLVED');
  await h.call(h.tokens.specialist, M.feedback, {
    input: { id: done.id, whatWasDone: 'Replaced', satisfaction: 5, resultToldToCustomer: true },
  });
  await h.call(h.tokens.specialist, M.followUp, {
    input: { id: done.id, outcome: 'Fine', newProblem: false },
  });
  const report = { cause: 'Seams', handlingIssues: 'None', solutionEffective: true };
  const closed = (
    await h.call<{ closeComplaint: C }>(h.tokens.manager, M.close, { input: { id: done.id, report } })
  ).closeComplaint;
  fixtures.push({ kind: 'COMPLAINT', status: 'CLOSED', complaint: closed });
  for (const status of ['RECEIVED', 'RESOLVED', 'CLOSED'] as const) {
    let inquiry = await h.file({
      kind: 'INQUIRY',
      channel: 'EMAIL',
      description: 'Where is my parcel?',
    });
    if (status !== 'RECEIVED')
      inquiry = (
        await h.call<{ answerInquiry: C }>(h.tokens.specialist, M.answer, {
          input: { id: inquiry.id, answer: 'On its way' },
        })
      ).answerInquiry;
    if (status === 'CLOSED')
      inquiry = (
        await h.call<{ closeComplaint: C }>(h.tokens.specialist, M.close, { input: { id: inquiry.id } })
      ).closeComplaint;
    fixtures.push({ kind: 'INQUIRY', status, complaint: inquiry });
  }
});

describe('the lifecycle is checked first', () => {
  it('has a complaint in every status and an inquiry in every status an inquiry reaches', () => {
    expect(fixtures.map((f) => `${f.kind} ${f.complaint.status}`)).toEqual([
      ...STATUSES.map((s) => `COMPLAINT ${s}`),
      'INQUIRY RECEIVED',
      'INQUIRY RESOLVED',
      'INQUIRY CLOSED',
    ]);
  });

  const cells = (Object.keys(INVALID) as ComplaintCommand[]).flatMap((command) =>
    [
      ...STATUSES.map((s) => ['COMPLAINT', s] as const),
      ...(['RECEIVED', 'RESOLVED', 'CLOSED'] as const).map((s) => ['INQUIRY', s] as const),
    ]
      .filter(([kind, status]) => !commandAllowed(command, kind, status))
      .map(([kind, status]) => [command, kind, status] as const),
  );

  it.each(cells)(
    '[DOMAIN 1.6] %s on a %s in status %s answers INVALID_TRANSITION before any other check, and changes nothing',
    async (command, kind, status) => {
      const fixture = fixtures.find((f) => f.kind === kind && f.status === status)!;
      const [mutation, input] = INVALID[command];
      const r = await h.attempt(admin, mutation, { input: { id: fixture.complaint.id, ...input } });
      expect(codesOf(r)).toEqual(['INVALID_TRANSITION']);
      expect(r.errors?.[0]?.extensions?.from).toBe(status);
      const after = (await h.call<{ complaint: C }>(admin, GET, { id: fixture.complaint.id })).complaint;
      expect(after).toMatchObject({ status, version: fixture.complaint.version });
    },
  );

  it('a department head outside the lead department is told which department leads, never "null"', async () => {
    const head = await testToken({
      sub: 'pu-head',
      roles: ['department_head'],
      department: 'PURCHASING',
    });
    const received = fixtures.find((f) => f.kind === 'COMPLAINT' && f.status === 'RECEIVED')!.complaint;
    const early = await h.attempt(head, M.propose, { input: { id: received.id, description: 'Refund' } });
    expect(codesOf(early)).toEqual(['INVALID_TRANSITION']);
    expect(early.errors?.[0]?.message).not.toMatch(/null/);
    const c = await h.walk('INVESTIGATING');
    const r = await h.attempt(head, M.propose, { input: { id: c.id, description: 'Refund' } });
    expect(codesOf(r)).toEqual(['FORBIDDEN']);
    expect(r.errors?.[0]?.message).toBe(
      `only the lead department ${c.leadDepartment} may do this, not PURCHASING`,
    );
  });
});
