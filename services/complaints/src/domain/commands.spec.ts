import { Refusal } from '@care/domain-kernel';
import type { Complaint, ComplaintKind, Fishbone } from './complaint';
import { close, recordFeedback, recordFollowUp, reopen } from './follow-up';
import { assertDepartmentMember, assign, recordInvestigation, recordRootCause } from './handling';
import { addImprovementAction } from './improvement';
import { classify, intake } from './intake';
import {
  answer,
  proposeSolution,
  recordCustomerResponse,
  resolve,
  respondToCustomer,
  startImplementation,
} from './resolution';
import { canTransition, commandAllowed, COMMANDS, STATUSES, type ComplaintCommand } from './state-machine';
import { ctxAt } from './test-support';

const NOW = '2026-03-02T02:00:00Z';
const ctx = ctxAt(NOW);

function bare(kind: ComplaintKind, status: Complaint['status']): Complaint {
  const c = intake(
    { customerId: 'c-1', kind, channel: 'PHONE', description: 'Torn fabric' },
    { id: 'id-1', number: 'CP-2026-000001' },
    ctx,
  );
  return { ...c, status };
}

/** Each command with input that breaks its other rules. */
const INVALID: Record<ComplaintCommand, (c: Complaint) => unknown> = {
  classifyComplaint: (c) =>
    classify(c, { category: 'OTHER', urgency: 'URGENT', complexity: 'COMPLEX' }, ctx, 'MEMBER'),
  assignComplaint: (c) => assign(c, { routedDepartment: 'NOWHERE', notes: ' ' }, ctx),
  recordInvestigation: (c) =>
    recordInvestigation(c, { id: 'n', note: ' ', evidence: Array(51).fill('x') }, ctx),
  recordRootCause: (c) =>
    recordRootCause(
      c,
      {
        category: 'NOPE' as Fishbone,
        what: ' ',
        why: ' ',
        where: null,
        when: null,
        who: null,
        how: null,
        howMuch: null,
      },
      ctx,
    ),
  proposeSolution: (c) => proposeSolution(c, { id: 's', description: ' ' }, ctx),
  recordCustomerResponse: (c) => recordCustomerResponse(c, { solutionId: 'none', response: 'REJECT' }, ctx),
  startImplementation: (c) => startImplementation(c, ctx),
  resolveComplaint: (c) => resolve(c, { summary: ' ' }, ctx),
  answerInquiry: (c) => answer(c, { answer: ' ' }, ctx),
  respondToCustomer: (c) => respondToCustomer(c, { message: ' ' }, ctx),
  recordFeedback: (c) =>
    recordFeedback(c, { whatWasDone: ' ', satisfaction: 9, resultToldToCustomer: false }, ctx),
  recordFollowUp: (c) => recordFollowUp(c, { id: 'f', outcome: ' ', newProblem: true }, ctx),
  reopenComplaint: (c) => reopen(c, { reason: ' ' }, ctx),
  closeComplaint: (c) => close(c, { report: null }, ctx),
  addImprovementAction: (c) =>
    addImprovementAction(
      c,
      { id: 'a', description: ' ', ownerDepartment: 'NOWHERE', dueDate: '2026-02-30' },
      ctx,
    ),
};

const thrown = (fn: () => unknown): unknown => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error;
  }
};

describe('commands and the lifecycle', () => {
  const commands = Object.keys(COMMANDS) as ComplaintCommand[];
  const cells = commands.flatMap((command) =>
    (['COMPLAINT', 'INQUIRY', 'SUGGESTION'] as const).flatMap((kind) =>
      STATUSES.map((status) => [command, kind, status] as const),
    ),
  );

  it.each(cells)(
    '[DOMAIN 1.6] %s on a %s in %s: INVALID_TRANSITION first where the lifecycle forbids it',
    (command, kind, status) => {
      const error = thrown(() => INVALID[command](bare(kind, status)));
      if (commandAllowed(command, kind, status))
        expect((error as Refusal | undefined)?.code).not.toBe('INVALID_TRANSITION');
      else {
        expect(error).toBeInstanceOf(Refusal);
        expect(error).toMatchObject({
          code: 'INVALID_TRANSITION',
          details: { from: status },
          message: expect.stringContaining(`a ${kind.toLowerCase()} `),
        });
      }
    },
  );

  it('every command that moves the complaint is allowed only where the transition table allows the move', () => {
    for (const command of commands) {
      const { to } = COMMANDS[command];
      if (!to) continue;
      for (const kind of ['COMPLAINT', 'INQUIRY'] as const)
        for (const status of STATUSES)
          if (commandAllowed(command, kind, status))
            expect([command, status, status === to || canTransition(kind, status, to)]).toEqual([
              command,
              status,
              true,
            ]);
    }
  });

  it('a department outside a complaint without a lead department is told so, not "null"', () => {
    const c = bare('COMPLAINT', 'RECEIVED');
    const error = thrown(() => assertDepartmentMember(c, 'PURCHASING', true));
    expect(error).toBeInstanceOf(Refusal);
    expect(error).toMatchObject({ code: 'FORBIDDEN' });
    expect((error as Error).message).toBe('complaint CP-2026-000001 has no lead department yet');
    const led = { ...c, departments: ['QUALITY_CONTROL'], leadDepartment: 'QUALITY_CONTROL' };
    expect((thrown(() => assertDepartmentMember(led, 'PURCHASING', true)) as Error).message).toBe(
      'only the lead department QUALITY_CONTROL may do this, not PURCHASING',
    );
  });
});

describe('improvement action due dates', () => {
  const investigating = bare('COMPLAINT', 'INVESTIGATING');
  const add = (dueDate: string, now = NOW) =>
    addImprovementAction(
      investigating,
      { id: 'a', description: 'Audit the supplier', ownerDepartment: 'PURCHASING', dueDate },
      ctxAt(now),
    );

  it.each(['2026-02-30', '2026-13-01', '0000-00-00', '2026-3-31', '2026-04-31', '2101-01-01', 'soon'])(
    '[DOMAIN 1.9] refuses %s: a due date is a real calendar day',
    (dueDate) => {
      const error = thrown(() => add(dueDate));
      expect(error).toBeInstanceOf(Refusal);
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'dueDate' } });
    },
  );

  it('[DOMAIN 1.9] a new measure is due from today on (company time), not in the past', () => {
    // 2026-03-02 01:00 UTC is already 09:00 on 2 March in Shanghai: 1 March is yesterday there.
    expect(thrown(() => add('2026-03-01', '2026-03-02T01:00:00Z'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'dueDate' },
    });
    expect(add('2026-03-02', '2026-03-02T01:00:00Z').improvementActions[0]).toMatchObject({
      dueDate: '2026-03-02',
      status: 'OPEN',
    });
    expect(add('2028-02-29').improvementActions[0]!.dueDate).toBe('2028-02-29');
  });
});
