import { Refusal } from '@care/domain-kernel';
import type { Complaint } from './complaint';
import { close, recordFeedback, recordFollowUp } from './follow-up';
import { assign, recordInvestigation, recordRootCause } from './handling';
import { addImprovementAction, completeImprovementAction } from './improvement';
import { classify, complaintNumber, intake, yearIn, type Classification } from './intake';
import { proposeSolution, recordCustomerResponse, resolve, startImplementation } from './resolution';
import { customerTimeline } from './timeline';
import { ctxAt, RESOLVED_TIMELINE } from './test-support';

/** A refusal of the rule with this code (what the caller is shown). */
const refusal = (code: Refusal['code']) => expect.objectContaining({ constructor: Refusal, code });

const MONDAY_10 = '2026-03-02T02:00:00Z'; // Mon 2 March 2026, 10:00 in Shanghai

function filed(at = MONDAY_10, tier: 'MEMBER' | 'DIAMOND' = 'MEMBER'): Complaint {
  return intake(
    { customerId: 'c-1', channel: 'PHONE', description: 'Torn fabric', orderNumber: 'SO-1' },
    { id: 'id-1', number: 'CP-2026-000001' },
    ctxAt(at),
    tier,
  );
}

/** A new complaint, classified on Monday morning. */
const classified = (input: Classification) => classify(filed(), input, ctxAt(MONDAY_10), 'MEMBER');

function investigating(): Complaint {
  let c = classified({ category: 'PRODUCT_QUALITY', urgency: 'HIGH', complexity: 'SIMPLE' }).complaint;
  c = assign(
    c,
    { routedDepartment: 'QUALITY_CONTROL', notes: 'Check the batch' },
    ctxAt(MONDAY_10, 'cs_manager'),
  );
  c = recordInvestigation(
    c,
    { id: 'n1', note: 'Batch 42 has weak seams', evidence: ['photo-1.jpg'] },
    ctxAt(MONDAY_10, 'department_staff'),
  );
  return recordRootCause(
    c,
    {
      category: 'MATERIAL',
      what: 'Weak seams',
      why: 'Supplier changed thread',
      where: 'Plant 2',
      when: 'Feb',
      who: null,
      how: null,
      howMuch: '3%',
    },
    ctxAt(MONDAY_10, 'department_staff'),
  );
}

describe('complaint intake', () => {
  it('[DOMAIN 1.2] records the customer, order, product, what happened and the expected resolution', () => {
    const c = intake(
      {
        customerId: 'c-1',
        channel: 'PHONE',
        orderNumber: ' SO-1 ',
        productModel: 'TX-200',
        description: ' Torn fabric ',
        expectedResolution: 'Replacement',
      },
      { id: 'id-1', number: 'CP-2026-000001' },
      ctxAt(MONDAY_10),
    );
    expect(c).toMatchObject({
      id: 'id-1',
      number: 'CP-2026-000001',
      kind: 'COMPLAINT',
      channel: 'PHONE',
      status: 'RECEIVED',
      customerId: 'c-1',
      orderNumber: 'SO-1',
      productModel: 'TX-200',
      description: 'Torn fabric',
      expectedResolution: 'Replacement',
      receivedAt: new Date(MONDAY_10),
      version: 1,
    });
  });

  it('[DOMAIN 1.1] inside working hours the complaint is accepted with the time to expect an answer', () => {
    const ack = filed().acknowledgement;
    expect(ack.accepted).toBe(true);
    // NORMAL first response: 1 working day = 9 working hours -> Tue 10:00 Shanghai
    expect(ack.expectedAnswerBy).toEqual(new Date('2026-03-03T02:00:00Z'));
    expect(ack.message).toBe(
      'Your complaint CP-2026-000001 has been accepted; expected answer by 2026-03-03 10:00 (Asia/Shanghai).',
    );
  });

  it('[DOMAIN 1.1] outside working hours the acknowledgement says when handling starts', () => {
    const ack = filed('2026-03-07T02:00:00Z').acknowledgement; // Saturday 10:00
    expect(ack.accepted).toBe(false);
    expect(ack.handlingStartsAt).toEqual(new Date('2026-03-09T01:00:00Z')); // Monday 09:00
    expect(ack.message).toContain('handling starts at 2026-03-09 09:00');
  });

  it('refuses an empty description and a receipt time in the future', () => {
    expect(() =>
      intake(
        { customerId: 'c', channel: 'EMAIL', description: '  ' },
        { id: 'i', number: 'n' },
        ctxAt(MONDAY_10),
      ),
    ).toThrow(refusal('BAD_USER_INPUT'));
    const future = new Date(new Date(MONDAY_10).getTime() + 10 * 60_000);
    expect(() =>
      intake(
        { customerId: 'c', channel: 'EMAIL', description: 'x', receivedAt: future },
        { id: 'i', number: 'n' },
        ctxAt(MONDAY_10),
      ),
    ).toThrow('future');
  });
});

describe('classification and assignment', () => {
  it('[DOMAIN 1.3] an URGENT complaint starts the emergency procedure and gets the shortest targets', () => {
    const { complaint, happened } = classified({
      category: 'BILLING',
      urgency: 'URGENT',
      complexity: 'COMPLEX',
    });
    expect(happened).toEqual([{ type: 'emergency_started' }]);
    expect(complaint.sla).toMatchObject({ firstResponseHours: 1, resolutionHours: 9 });
    expect(complaint.status).toBe('CLASSIFIED');
  });

  it('[DOMAIN 1.4] several departments need a lead department, and it must be one of them', () => {
    const c = classified({ category: 'PRODUCT_QUALITY', urgency: 'NORMAL', complexity: 'COMPLEX' }).complaint;
    expect(() =>
      assign(
        c,
        { routedDepartment: 'QUALITY_CONTROL', additionalDepartments: ['LOGISTICS'], notes: 'x' },
        ctxAt(MONDAY_10),
      ),
    ).toThrow('lead department');
    expect(() =>
      assign(
        c,
        {
          routedDepartment: 'QUALITY_CONTROL',
          additionalDepartments: ['LOGISTICS'],
          leadDepartment: 'FINANCE',
          notes: 'x',
        },
        ctxAt(MONDAY_10),
      ),
    ).toThrow('one of the departments');
    const a = assign(
      c,
      {
        routedDepartment: 'QUALITY_CONTROL',
        additionalDepartments: ['LOGISTICS'],
        leadDepartment: 'LOGISTICS',
        notes: 'Coordinate',
        customerExpectedBy: new Date('2026-03-05T10:00:00Z'),
      },
      ctxAt(MONDAY_10),
    );
    expect(a.departments).toEqual(['QUALITY_CONTROL', 'LOGISTICS']);
    expect(a.leadDepartment).toBe('LOGISTICS');
    expect(a.handover).toMatchObject({
      urgency: 'NORMAL',
      customerExpectedBy: '2026-03-05T10:00:00.000Z',
      notes: 'Coordinate',
    });
  });
});

describe('solutions', () => {
  it('[DOMAIN 1.6] a solution needs the root cause, pauses the clocks and is revised until accepted; 3 rejections escalate', () => {
    let c = investigating();
    const noCause = { ...c, rootCause: null };
    expect(() => proposeSolution(noCause, { id: 's0', description: 'x' }, ctxAt(MONDAY_10))).toThrow(
      'root cause',
    );
    for (let i = 1; i <= 3; i++) {
      c = proposeSolution(c, { id: `s${i}`, description: `Offer ${i}` }, ctxAt(MONDAY_10));
      expect(c.sla.pausedSince).not.toBeNull();
      const { complaint, happened } = recordCustomerResponse(
        c,
        { solutionId: `s${i}`, response: 'REJECT', reason: 'Not enough' },
        ctxAt(MONDAY_10),
      );
      c = complaint;
      expect(c.status).toBe('INVESTIGATING');
      expect(happened).toEqual(
        i === 3 ? [{ type: 'escalated', to: 'LEADERSHIP_GROUP', reason: 'SOLUTION_REJECTED_3_TIMES' }] : [],
      );
    }
    expect(c.escalation).toBe('LEADERSHIP_GROUP');
    c = proposeSolution(c, { id: 's4', description: 'Full replacement' }, ctxAt(MONDAY_10));
    expect(c.solutions.map((s) => s.version)).toEqual([1, 2, 3, 4]);
    expect(() => startImplementation(c, ctxAt(MONDAY_10))).toThrow(refusal('INVALID_TRANSITION'));
    c = recordCustomerResponse(c, { solutionId: 's4', response: 'ACCEPT' }, ctxAt(MONDAY_10)).complaint;
    expect(() =>
      recordCustomerResponse(c, { solutionId: 's4', response: 'REJECT', reason: 'x' }, ctxAt(MONDAY_10)),
    ).toThrow(refusal('CONFLICT'));
    expect(startImplementation(c, ctxAt(MONDAY_10)).status).toBe('IMPLEMENTING');
  });

  it('[DOMAIN 1.6] a rejection needs a reason; an old proposal cannot be answered', () => {
    let c = proposeSolution(investigating(), { id: 's1', description: 'Offer' }, ctxAt(MONDAY_10));
    expect(() =>
      recordCustomerResponse(c, { solutionId: 's1', response: 'REJECT' }, ctxAt(MONDAY_10)),
    ).toThrow('why');
    c = recordCustomerResponse(
      c,
      { solutionId: 's1', response: 'REJECT', reason: 'no' },
      ctxAt(MONDAY_10),
    ).complaint;
    c = proposeSolution(c, { id: 's2', description: 'Better offer' }, ctxAt(MONDAY_10));
    expect(() =>
      recordCustomerResponse(c, { solutionId: 's1', response: 'ACCEPT' }, ctxAt(MONDAY_10)),
    ).toThrow(refusal('CONFLICT'));
  });

  it('[DOMAIN 3.6] an URGENT complaint’s compensation is granted at once and requested for approval afterwards', () => {
    let c: Complaint = { ...investigating(), urgency: 'URGENT' };
    c = proposeSolution(
      c,
      {
        id: 's1',
        description: 'Points back',
        compensation: { points: 2000, discountAmount: null, refundAmount: '150', currency: 'CNY' },
      },
      ctxAt(MONDAY_10),
    );
    const { complaint, happened } = recordCustomerResponse(
      c,
      { solutionId: 's1', response: 'ACCEPT' },
      ctxAt(MONDAY_10),
    );
    expect(happened.map((h) => h.type)).toEqual(['compensation_granted', 'compensation_requested']);
    expect(complaint.compensation).toMatchObject({
      amount: '170.00',
      emergency: true,
      status: 'GRANTED_PENDING_APPROVAL',
      refundAmount: '150.00',
    });
  });
});

describe('resolution, feedback, follow-up and close', () => {
  function resolved(): Complaint {
    let c = proposeSolution(investigating(), { id: 's1', description: 'Replace' }, ctxAt(MONDAY_10));
    c = recordCustomerResponse(
      c,
      { solutionId: 's1', response: 'ACCEPT' },
      ctxAt('2026-03-03T02:00:00Z'),
    ).complaint;
    c = startImplementation(c, ctxAt('2026-03-03T02:00:00Z'));
    return resolve(c, { summary: 'Replacement sent' }, ctxAt('2026-03-04T02:00:00Z'));
  }

  it('[DOMAIN 1.8] the follow-up visit is scheduled 3 to 7 working days after completion', () => {
    const c = resolved();
    expect(c.followUpFrom).toEqual(new Date('2026-03-09T02:00:00Z')); // Wed + 3 working days = Mon
    expect(c.followUpDueBy).toEqual(new Date('2026-03-13T02:00:00Z')); // + 7 = Fri
  });

  it('[DOMAIN 1.7] satisfaction is 1 to 5', () => {
    const c = resolved();
    expect(() =>
      recordFeedback(c, { whatWasDone: 'x', satisfaction: 6, resultToldToCustomer: true }, ctxAt(MONDAY_10)),
    ).toThrow(refusal('BAD_USER_INPUT'));
    expect(
      recordFeedback(
        c,
        { whatWasDone: 'Replaced', satisfaction: 4, resultToldToCustomer: true },
        ctxAt(MONDAY_10),
      ).feedback?.satisfaction,
    ).toBe(4);
  });

  it('[DOMAIN 1.8] a new problem at the follow-up reopens the complaint', () => {
    const c = recordFollowUp(
      resolved(),
      { id: 'f1', outcome: 'Still torn', newProblem: true, action: 'REOPEN' },
      ctxAt('2026-03-10T02:00:00Z'),
    );
    expect(c.status).toBe('INVESTIGATING');
    expect(c.followUps[0]).toMatchObject({ action: 'REOPENED', withinWindow: true });
    expect(c.sla.resolvedAt).toBeNull();
    expect(c.reopenCount).toBe(1);
  });

  it('[DOMAIN 1.9] a complaint closes only with feedback, a follow-up and its report; actions are tracked to done', () => {
    let c = resolved();
    const report = { cause: 'Thread', handlingIssues: 'Slow first reply', solutionEffective: true };
    expect(() => close(c, { report }, ctxAt(MONDAY_10))).toThrow('feedback');
    c = recordFeedback(
      c,
      { whatWasDone: 'Replaced', satisfaction: 5, resultToldToCustomer: true },
      ctxAt(MONDAY_10),
    );
    expect(() => close(c, { report }, ctxAt(MONDAY_10))).toThrow('follow-up');
    c = recordFollowUp(c, { id: 'f1', outcome: 'Happy', newProblem: false }, ctxAt('2026-03-10T02:00:00Z'));
    expect(() => close(c, { report: null }, ctxAt(MONDAY_10))).toThrow('report');
    c = addImprovementAction(
      c,
      { id: 'a1', description: 'Audit supplier', ownerDepartment: 'PURCHASING', dueDate: '2026-04-30' },
      ctxAt(MONDAY_10),
    );
    expect(() =>
      completeImprovementAction(
        c,
        { actionId: 'a1', result: 'x', department: 'LOGISTICS' },
        ctxAt(MONDAY_10),
      ),
    ).toThrow('PURCHASING');
    c = completeImprovementAction(
      c,
      { actionId: 'a1', result: 'Audited', department: 'PURCHASING' },
      ctxAt(MONDAY_10),
    );
    expect(c.improvementActions[0]).toMatchObject({ status: 'DONE', result: 'Audited' });
    c = close(c, { report }, ctxAt('2026-03-11T02:00:00Z'));
    expect(c.status).toBe('CLOSED');
    expect(c.report).toMatchObject(report);
  });

  it('[DOMAIN 1.10] the customer timeline has no internal notes and no staff identities', () => {
    const c = resolved();
    const visible = customerTimeline(c.timeline);
    expect(visible.map((e) => e.action)).toEqual(RESOLVED_TIMELINE);
    expect(JSON.stringify(visible)).not.toContain('Batch 42');
    expect(JSON.stringify(visible)).not.toContain('Supplier changed thread');
    expect(visible.every((e) => e.actorId === '' && e.actorRole)).toBe(true);
    expect(c.timeline.some((e) => e.visibility === 'INTERNAL' && e.note === 'Batch 42 has weak seams')).toBe(
      true,
    );
  });
});

describe('complaint numbers', () => {
  it('formats CP-year-serial with six digits', () => {
    expect(complaintNumber(2026, 123)).toBe('CP-2026-000123');
    expect(() => complaintNumber(2026, 0)).toThrow(RangeError);
    expect(() => complaintNumber(2026, 1_000_000)).toThrow(RangeError);
  });

  it('takes the year in the company time zone, not in UTC', () => {
    const newYearInShanghai = new Date('2026-12-31T17:30:00Z');
    expect(yearIn('Asia/Shanghai', newYearInShanghai)).toBe(2027);
    expect(yearIn('UTC', newYearInShanghai)).toBe(2026);
  });
});
