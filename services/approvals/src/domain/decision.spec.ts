import { WorkingCalendar } from '@care/calendar';
import type { RefusalCode } from '@care/domain-kernel';
import { currentStep, decide, resubmit, submit, withdraw, type ApprovalRequest } from './approval-request';
import type { Decider } from './approval-step';
import { DEFAULT_POLICY_DOCUMENT, type ApprovalType } from './authority-policy';
import type { Delegation } from './delegation';

const calendar = WorkingCalendar.chinaMainland();
/** Monday 2 March 2026, 10:00 in Shanghai. */
const monday = new Date('2026-03-02T02:00:00Z');
const routing = {
  policy: { version: 1, document: DEFAULT_POLICY_DOCUMENT },
  addWorkingDays: (from: Date, days: number) => calendar.addWorkingDays(from, days),
};

const request = (type: ApprovalType, amount: string, extra: { expedited?: boolean } = {}) =>
  submit(
    { type, title: 'Trade fair stand', amount, ...extra },
    { id: 'r-1', requestedBy: 'staff-1', department: 'SALES', now: monday, ...routing },
  );

const person = (sub: string, roles: string[], department?: string): Decider => ({ sub, roles, department });
const head = person('head-sales', ['department_head'], 'SALES');
const control = person('ic-1', ['internal_control']);
const finance = person('fin-1', ['finance']);
const vp = person('vp-1', ['vp']);

/** The refusal as the caller sees it: its code, message and details. */
const refused = (code: RefusalCode, message: string, details?: Record<string, unknown>) =>
  expect.objectContaining({ code, message, details });
const approve = (r: ApprovalRequest, by: Decider, now = monday) => decide(r, 'APPROVE', by, null, now);
const iso = (d: Date | null | undefined) => d?.toISOString();

describe('a request travelling its chain', () => {
  it('[DOMAIN 3.2] a 30,000 CNY expense goes department head -> internal control -> finance -> VP, and is approved when the VP approves', () => {
    let r = request('EXPENSE', '30000');
    expect(r).toMatchObject({ status: 'PENDING', requiredAuthority: 'VP', policyVersion: 1 });
    for (const [by, next] of [
      [head, 'INTERNAL_CONTROL'],
      [control, 'FINANCE'],
      [finance, 'VP'],
    ] as const) {
      r = approve(r, by);
      expect([r.status, currentStep(r)?.authority]).toEqual(['PENDING', next]);
    }
    r = decide(r, 'APPROVE', vp, ' Within the fair budget ', monday);
    expect(r).toMatchObject({
      status: 'APPROVED',
      decidedBy: 'vp-1',
      decisionReason: 'Within the fair budget',
      decidedAt: monday,
    });
    expect(r.steps.map((s) => [s.position, s.decision, s.decidedBy])).toEqual([
      [1, 'APPROVE', 'head-sales'],
      [2, 'APPROVE', 'ic-1'],
      [3, 'APPROVE', 'fin-1'],
      [4, 'APPROVE', 'vp-1'],
    ]);
  });

  it('[DOMAIN 3.2] refuses the applicant, a head of another department, someone without the role, and one person on two steps', () => {
    const r = request('EXPENSE', '30000');
    const applicant = person('staff-1', ['department_head', 'internal_control', 'finance', 'vp'], 'SALES');
    expect(() => approve(r, applicant)).toThrow(
      refused('FORBIDDEN', 'nobody decides a request of their own'),
    );
    expect(() => approve(r, person('head-mkt', ['department_head'], 'MARKETING'))).toThrow(
      refused('FORBIDDEN', 'only the head of SALES or a higher authority may decide this step'),
    );
    expect(() => approve(r, person('sales-2', ['sales'], 'SALES'))).toThrow(
      refused('FORBIDDEN', 'only DEPARTMENT_HEAD or a higher authority may decide this request'),
    );
    const both = person('head-ic', ['department_head', 'internal_control'], 'SALES');
    const first = approve(r, both);
    expect(() => approve(first, both)).toThrow(
      refused('FORBIDDEN', 'nobody decides two steps of one request'),
    );
  });

  it('[DOMAIN 3.2] a rejection at any step ends the request with its reason; deciding a step that is no longer current is a CONFLICT', () => {
    const atControl = approve(request('EXPENSE', '30000'), head);
    expect(() => decide(atControl, 'APPROVE', control, null, monday, null, { step: 1 })).toThrow(
      refused('CONFLICT', 'step 1 is not the step to decide: step 2 is', { step: 1, currentStep: 2 }),
    );
    expect(() => decide(atControl, 'REJECT', control, ' ', monday)).toThrow(
      refused('BAD_USER_INPUT', 'a rejection must say why', { field: 'reason' }),
    );
    const rejected = decide(atControl, 'REJECT', control, 'No quote attached', monday, null, { step: 2 });
    expect(rejected).toMatchObject({
      status: 'REJECTED',
      decidedBy: 'ic-1',
      decisionReason: 'No quote attached',
    });
    expect(() => approve(rejected, finance)).toThrow(
      refused('INVALID_TRANSITION', 'the request is REJECTED already'),
    );
  });

  it('[DOMAIN 3.5] a delegate of internal control decides its step under the delegation', () => {
    const delegation: Delegation = {
      id: 'd-1',
      delegator: 'ic-1',
      delegate: 'ic-deputy',
      authority: 'INTERNAL_CONTROL',
      department: null,
      businessTypes: ['EXPENSE'],
      maxAmount: '50000',
      startsAt: monday,
      endsAt: new Date(monday.getTime() + 86_400_000),
      documentReference: 'DEL-IC',
      signedBy: 'gm-1',
      recordedAt: monday,
      endedAt: null,
      endedBy: null,
      version: 1,
    };
    const deputy = { sub: 'ic-deputy', roles: ['department_staff'], delegations: [delegation] };
    const decided = approve(approve(request('EXPENSE', '30000'), head), deputy);
    expect(decided.steps[1]).toMatchObject({ decidedBy: 'ic-deputy', actingFor: 'd-1', skipLevel: null });
  });
});

describe('returning a request for changes', () => {
  const returned = () =>
    decide(
      approve(request('EXPENSE', '30000'), head),
      'RETURN_FOR_CHANGES',
      control,
      'Attach the quote',
      monday,
    );
  const tuesday = new Date('2026-03-03T02:00:00Z');

  it('[DOMAIN 3.2] sends it back to the applicant, who alone amends and resubmits it; it restarts at the step that returned it', () => {
    expect(() =>
      decide(approve(request('EXPENSE', '30000'), head), 'RETURN_FOR_CHANGES', control, '', monday),
    ).toThrow(refused('BAD_USER_INPUT', 'a return for changes must say what to change', { field: 'reason' }));
    const back = returned();
    expect(back.status).toBe('RETURNED');
    expect(back.steps.map((s) => [s.position, s.decision])).toEqual([
      [1, 'APPROVE'],
      [2, 'RETURN_FOR_CHANGES'],
    ]);
    expect(() => approve(back, finance)).toThrow(
      refused('INVALID_TRANSITION', 'the request is RETURNED already'),
    );
    // A second decider of step 2 who read it open, at the same moment: their view is stale.
    expect(() => decide(back, 'APPROVE', control, null, monday, null, { step: 2 })).toThrow(
      refused('CONFLICT', 'step 2 was decided meanwhile: the request is RETURNED', {
        step: 2,
        currentStep: null,
      }),
    );
    expect(() =>
      resubmit(back, {}, { sub: 'staff-2', isService: false }, { now: tuesday, ...routing }),
    ).toThrow(refused('FORBIDDEN', 'only the person who asked resubmits a request'));

    const again = resubmit(
      back,
      { title: 'Trade fair stand, quote attached', amount: '28000' },
      { sub: 'staff-1', isService: false },
      { now: tuesday, ...routing },
    );
    expect(again).toMatchObject({
      status: 'PENDING',
      amount: '28000.00',
      title: 'Trade fair stand, quote attached',
    });
    expect(currentStep(again)).toMatchObject({ round: 2, position: 2, authority: 'INTERNAL_CONTROL' });
    // The department head's approval stands; the returned step is history; the rest is due afresh.
    expect(again.steps.map((s) => [s.round, s.position, s.decision, s.superseded])).toEqual([
      [1, 1, 'APPROVE', false],
      [1, 2, 'RETURN_FOR_CHANGES', true],
      [2, 2, null, false],
      [2, 3, null, false],
      [2, 4, null, false],
    ]);
    expect(iso(again.dueAt)).toBe('2026-03-05T02:00:00.000Z');
    // The internal controller who returned it decides its step again; it then goes on up the chain.
    expect(approve(approve(approve(again, control, tuesday), finance, tuesday), vp, tuesday).status).toBe(
      'APPROVED',
    );
    expect(() =>
      resubmit(again, {}, { sub: 'staff-1', isService: false }, { now: tuesday, ...routing }),
    ).toThrow(
      refused(
        'INVALID_TRANSITION',
        'only a request returned for changes is resubmitted; this one is PENDING',
      ),
    );
  });

  it('[DOMAIN 3.2] routes a request again when the new amount falls in another band, keeping the approvals its new chain begins with', () => {
    const by = { sub: 'staff-1', isService: false };
    const larger = resubmit(returned(), { amount: '150000' }, by, { now: tuesday, ...routing });
    expect(larger.requiredAuthority).toBe('GM_OFFICE_MEETING');
    expect(currentStep(larger)).toMatchObject({ position: 2, authority: 'INTERNAL_CONTROL' });
    expect(larger.steps.filter((s) => !s.superseded).map((s) => s.authority)).toEqual([
      'DEPARTMENT_HEAD',
      'INTERNAL_CONTROL',
      'FINANCE',
      'VP',
      'GM_OFFICE_MEETING',
    ]);
    // Down to the department head's own band: the head decides the new amount again.
    const smaller = resubmit(returned(), { amount: '8000' }, by, { now: tuesday, ...routing });
    expect(smaller.requiredAuthority).toBe('DEPARTMENT_HEAD');
    expect(smaller.steps.filter((s) => !s.superseded).map((s) => [s.round, s.authority, s.decision])).toEqual(
      [[2, 'DEPARTMENT_HEAD', null]],
    );
    expect(approve(smaller, head, tuesday).status).toBe('APPROVED');
  });

  it('lets the applicant withdraw a request returned to them', () => {
    expect(withdraw(returned(), { sub: 'staff-1', isService: false }, 'Too late', tuesday).status).toBe(
      'WITHDRAWN',
    );
  });
});

describe('time limits', () => {
  it('[DOMAIN 3.3] the regular route shares 2 working days equally among its steps: each 4.5 working hours', () => {
    const r = request('EXPENSE', '30000');
    expect(r.steps.map((s) => iso(s.dueAt))).toEqual([
      '2026-03-02T06:30:00.000Z', // Monday 14:30
      '2026-03-03T02:00:00.000Z', // Tuesday 10:00
      '2026-03-03T06:30:00.000Z', // Tuesday 14:30
      '2026-03-04T02:00:00.000Z', // Wednesday 10:00
    ]);
    expect(iso(r.dueAt)).toBe('2026-03-04T02:00:00.000Z');
    expect(iso(request('EXPENSE', '900').steps[0]!.dueAt)).toBe('2026-03-04T02:00:00.000Z');
  });

  it("[DOMAIN 3.3] a campaign's compliance review and its approval are done within 1 working day", () => {
    const r = request('CAMPAIGN', '80000');
    expect(r.steps.map((s) => [s.authority, iso(s.dueAt)])).toEqual([
      ['INTERNAL_CONTROL', '2026-03-02T06:30:00.000Z'],
      ['VP', '2026-03-03T02:00:00.000Z'],
    ]);
  });

  it('[DOMAIN 3.3] an expedited request skips no step, compliance review included', () => {
    const expedited = request('CAMPAIGN', '80000', { expedited: true });
    expect(expedited.steps).toEqual(request('CAMPAIGN', '80000').steps);
  });

  it('[DOMAIN 3.7] a step decided after its own share of the time needs a written explanation', () => {
    const late = new Date('2026-03-02T06:30:01Z');
    const r = request('EXPENSE', '30000');
    expect(() => approve(r, head, late)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'overdueExplanation' } }),
    );
    const decided = decide(r, 'APPROVE', head, null, late, 'Back from the fair at 14:30');
    expect(decided.steps[0]).toMatchObject({
      decidedLate: true,
      overdueExplanation: 'Back from the fair at 14:30',
    });
  });
});

describe('skip-level decisions', () => {
  const reasons = { justification: 'The head is at the fair', riskAssessment: 'Low: within budget' };

  it('[DOMAIN 3.4] a higher authority decides a lower step only with a written justification and a risk assessment, recorded on the step', () => {
    const r = request('EXPENSE', '30000');
    expect(() => approve(r, vp)).toThrow(
      refused(
        'BAD_USER_INPUT',
        'deciding in place of DEPARTMENT_HEAD is a skip-level decision: it needs a written justification (skipLevel.justification)',
        { field: 'skipLevel.justification' },
      ),
    );
    expect(() =>
      decide(r, 'APPROVE', vp, null, monday, null, { skipLevel: { ...reasons, riskAssessment: '  ' } }),
    ).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'skipLevel.riskAssessment' } }),
    );
    expect(() =>
      decide(r, 'APPROVE', vp, null, monday, null, {
        skipLevel: { ...reasons, riskAssessment: 'x'.repeat(4001) },
      }),
    ).toThrow(refused('BAD_USER_INPUT', 'at most 4000 characters', { field: 'skipLevel.riskAssessment' }));
    const skipped = decide(r, 'APPROVE', vp, null, monday, null, { skipLevel: reasons });
    expect(skipped.steps[0]).toMatchObject({ decidedBy: 'vp-1', skipLevel: { ...reasons, authority: 'VP' } });
    // The VP who skipped the head's step does not decide the VP's step too.
    const atVp = approve(approve(skipped, control), finance);
    expect(() => approve(atVp, vp)).toThrow(refused('FORBIDDEN', 'nobody decides two steps of one request'));
  });

  it('[DOMAIN 3.4] nobody skips the control functions, a lower authority never decides a higher step, and a holder needs no skip', () => {
    const atControl = approve(request('EXPENSE', '30000'), head);
    const gm = person('gm-1', ['gm']);
    expect(() => decide(atControl, 'APPROVE', gm, null, monday, null, { skipLevel: reasons })).toThrow(
      refused('FORBIDDEN', 'only INTERNAL_CONTROL or a higher authority may decide this request'),
    );
    expect(() => approve(request('EXPENSE', '9000'), person('ls-1', ['loyalty_supervisor']))).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    const own = decide(request('EXPENSE', '30000'), 'APPROVE', head, null, monday, null, {
      skipLevel: reasons,
    });
    expect(own.steps[0]!.skipLevel).toBeNull();
  });

  it("[DOMAIN 3.4] customer service's manager may decide a specialist's step in their place, with the reasons", () => {
    const cs = submit(
      { type: 'COMPENSATION', title: 'Goodwill voucher', amount: '800' },
      { id: 'r-2', requestedBy: 'cs-1', department: 'CUSTOMER_SERVICE', now: monday, ...routing },
    );
    expect(currentStep(cs)?.authority).toBe('CS_SPECIALIST');
    const manager = person('csm-1', ['cs_manager'], 'CUSTOMER_SERVICE');
    const decided = decide(cs, 'APPROVE', manager, null, monday, null, { skipLevel: reasons });
    expect(decided).toMatchObject({ status: 'APPROVED', decidedBy: 'csm-1' });
    expect(decided.steps[0]!.skipLevel).toEqual({ ...reasons, authority: 'CS_MANAGER' });
  });
});
