import {
  completeRectification,
  isOverdue,
  markOverdue,
  nameOwner,
  openRectification,
  reportProgress,
  verifyRectification,
  type RectificationItem,
} from './rectification';
import { assertMayOpen, assertMayRead, assertOwnerActs, readScope } from './access';
import { calendar } from '../../test/company-time';

/** Mon 2 March 2026, 10:00 in Shanghai. */
const MONDAY_10 = new Date('2026-03-02T02:00:00Z');

const open = (over: Partial<Parameters<typeof openRectification>[0]> = {}, now = MONDAY_10) =>
  openRectification(
    {
      source: 'AUDIT',
      sourceId: 'AR-2026-004',
      description: ' Tags differ from spend ',
      severity: 'ORDINARY',
      ownerDepartment: 'SALES',
      ...over,
    },
    { id: 'r-1', actor: 'auditor-1', now, calendar },
  );

const refusal = (code: string, message?: RegExp | string) =>
  expect.objectContaining({ code, ...(message ? { message: expect.stringMatching(message) } : {}) });

describe('rectification deadlines', () => {
  it('[DOMAIN 4.4] gives an ordinary item to its department, due 7 working days later', () => {
    const item = open();
    expect(item).toMatchObject({
      status: 'OPEN',
      ownerDepartment: 'SALES',
      description: 'Tags differ from spend',
      deadline: new Date('2026-03-11T02:00:00Z'), // Wed 11 March 10:00
      deadlineProvisional: false,
      owner: null,
      version: 1,
    });
  });

  it('[DOMAIN 4.4] counts the 7 working days across Labour Day and its make-up Saturday', () => {
    // Thu 30 April 16:00; 1-5 May are days off, Sat 9 May is a working day.
    const item = open({}, new Date('2026-04-30T08:00:00Z'));
    expect(item.deadline).toEqual(new Date('2026-05-13T08:00:00Z'));
  });

  it('[DOMAIN 4.4] escalates a major item: no owner and no deadline until the GM office meeting names one', () => {
    const major = open({ severity: 'MAJOR', ownerDepartment: null });
    expect(major).toMatchObject({
      status: 'AWAITING_OWNER',
      ownerDepartment: null,
      owner: null,
      deadline: null,
    });
    expect(isOverdue(major, new Date('2027-01-01T00:00:00Z'))).toBe(false);
    expect(() => open({ severity: 'MAJOR', ownerDepartment: 'SALES' })).toThrow(
      refusal('BAD_USER_INPUT', /GM office meeting/),
    );
    const named = nameOwner(
      major,
      { owner: 'vp-sales', ownerDepartment: 'SALES' },
      { actor: 'gm-office-1', now: new Date('2026-03-04T02:00:00Z'), calendar },
    );
    expect(named).toMatchObject({
      status: 'OPEN',
      owner: 'vp-sales',
      ownerDepartment: 'SALES',
      ownerNamedBy: 'gm-office-1',
      deadline: new Date('2026-03-13T02:00:00Z'), // Wed 4 March + 7 working days
    });
    const withDeadline = nameOwner(
      major,
      { owner: 'vp-sales', ownerDepartment: 'SALES', deadline: new Date('2026-03-31T10:00:00Z') },
      { actor: 'gm-office-1', now: MONDAY_10, calendar },
    );
    expect(withDeadline.deadline).toEqual(new Date('2026-03-31T10:00:00Z'));
    expect(() =>
      nameOwner(named, { owner: 'x', ownerDepartment: 'SALES' }, { actor: 'g', now: MONDAY_10, calendar }),
    ).toThrow(refusal('INVALID_TRANSITION'));
    expect(() =>
      nameOwner(open(), { owner: 'x', ownerDepartment: 'SALES' }, { actor: 'g', now: MONDAY_10, calendar }),
    ).toThrow(refusal('INVALID_TRANSITION', /only a major item/));
  });

  it('[DOMAIN 4.4] refuses an ordinary item without a known department and a finding without a reference', () => {
    expect(() => open({ ownerDepartment: null })).toThrow(refusal('BAD_USER_INPUT'));
    expect(() => open({ ownerDepartment: 'NARNIA' })).toThrow(refusal('BAD_USER_INPUT'));
    expect(() => open({ sourceId: 'drop table;' })).toThrow(refusal('BAD_USER_INPUT'));
    expect(() => open({ description: '   ' })).toThrow(refusal('BAD_USER_INPUT'));
  });
});

describe('working an item through', () => {
  const at = (iso: string) => ({ now: new Date(iso) });

  it('[DOMAIN 4.4] goes open -> in progress -> done -> verified, keeping whether it was done late', () => {
    let item: RectificationItem = open();
    item = reportProgress(
      item,
      { note: 'Tags re-checked' },
      { actor: 'sales-1', ...at('2026-03-03T02:00:00Z') },
    );
    expect(item.status).toBe('IN_PROGRESS');
    expect(item.progress).toEqual([
      { at: new Date('2026-03-03T02:00:00Z'), by: 'sales-1', note: 'Tags re-checked' },
    ]);
    const late = completeRectification(
      item,
      { summary: 'Fixed' },
      { actor: 'sales-head', ...at('2026-03-12T02:00:00Z') },
    );
    expect(late).toMatchObject({ status: 'DONE', completedLate: true, completedBy: 'sales-head' });
    const onTime = completeRectification(
      item,
      { summary: 'Fixed' },
      { actor: 'sales-head', ...at('2026-03-11T01:59:00Z') },
    );
    expect(onTime.completedLate).toBe(false);
    expect(() =>
      reportProgress(onTime, { note: 'more' }, { actor: 'x', ...at('2026-03-11T03:00:00Z') }),
    ).toThrow(refusal('INVALID_TRANSITION'));
    const verified = verifyRectification(
      onTime,
      { outcome: 'PASSED', note: 'Checked 3 files' },
      { actor: 'auditor-2', ...at('2026-03-12T02:00:00Z') },
    );
    expect(verified).toMatchObject({ status: 'VERIFIED', verifiedBy: 'auditor-2', failedVerifications: 0 });
  });

  it('[DOMAIN 4.4] sends a fix that does not hold back to its owner, counting the failures; nobody verifies their own fix', () => {
    const done = completeRectification(open(), { summary: 'Fixed' }, { actor: 'sales-head', now: MONDAY_10 });
    expect(() =>
      verifyRectification(done, { outcome: 'PASSED', note: 'ok' }, { actor: 'sales-head', now: MONDAY_10 }),
    ).toThrow(refusal('FORBIDDEN'));
    const failed = verifyRectification(
      done,
      { outcome: 'FAILED', note: 'Two files still wrong' },
      { actor: 'auditor-2', now: MONDAY_10 },
    );
    expect(failed).toMatchObject({
      status: 'IN_PROGRESS',
      failedVerifications: 1,
      completedAt: null,
      verifiedAt: null,
    });
    expect(failed.progress.at(-1)?.note).toBe('Verification failed: Two files still wrong');
  });

  it('[DOMAIN 4.4] marks an item overdue once, only while it runs past its deadline', () => {
    const item = open();
    expect(markOverdue(item, new Date('2026-03-11T01:59:00Z'))).toBeNull();
    const overdue = markOverdue(item, new Date('2026-03-11T02:01:00Z'));
    expect(overdue?.overdueAt).toEqual(new Date('2026-03-11T02:01:00Z'));
    expect(markOverdue(overdue!, new Date('2026-03-12T02:00:00Z'))).toBeNull();
    const done = completeRectification(item, { summary: 'Fixed' }, { actor: 'h', now: MONDAY_10 });
    expect(markOverdue(done, new Date('2026-04-01T00:00:00Z'))).toBeNull();
  });
});

describe('who acts on rectification items', () => {
  const actor = (roles: string[], department?: string, sub = 'u-1') =>
    ({ sub, roles, department }) as Parameters<typeof readScope>[0];

  it('[DOMAIN 4.4] lets each source be recorded by its supervisor, the GM office name owners, departments act on their own', () => {
    expect(() => assertMayOpen(actor(['audit']), 'AUDIT')).not.toThrow();
    expect(() => assertMayOpen(actor(['audit']), 'CHECK')).toThrow(refusal('FORBIDDEN'));
    expect(() => assertMayOpen(actor(['internal_control']), 'CHECK')).not.toThrow();
    expect(() => assertMayOpen(actor(['hr']), 'VIOLATION')).not.toThrow();
    expect(() => assertMayOpen(actor(['admin']), 'COMPLAINT_IMPROVEMENT_ACTION')).toThrow(
      refusal('BAD_USER_INPUT'),
    );
    expect(readScope(actor(['gm_office']))).toBe('ALL');
    expect(readScope(actor(['department_staff'], 'SALES'))).toEqual({ department: 'SALES' });
    expect(() => readScope(actor(['cs_specialist']))).toThrow(refusal('FORBIDDEN'));
    const item = open();
    expect(() => assertMayRead(actor(['department_head'], 'LOGISTICS'), item)).toThrow(refusal('FORBIDDEN'));
    expect(() => assertOwnerActs(actor(['department_staff'], 'SALES'), item, 'progress')).not.toThrow();
    expect(() => assertOwnerActs(actor(['department_staff'], 'SALES'), item, 'complete')).toThrow(
      refusal('FORBIDDEN'),
    );
    expect(() => assertOwnerActs(actor(['department_head'], 'SALES'), item, 'complete')).not.toThrow();
    expect(() => assertOwnerActs(actor(['department_head'], 'LOGISTICS'), item, 'complete')).toThrow(
      refusal('FORBIDDEN'),
    );
    const named = { ...item, owner: 'vp-1' };
    expect(() => assertOwnerActs(actor(['vp'], undefined, 'vp-1'), named, 'complete')).not.toThrow();
    expect(() => assertMayRead(actor(['vp'], undefined, 'vp-1'), named)).not.toThrow();
  });
});
