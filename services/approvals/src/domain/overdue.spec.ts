import { WorkingCalendar } from '@care/calendar';
import { decide, submit, withdraw } from './approval-request';
import { DEFAULT_POLICY_DOCUMENT } from './authority-policy';
import { markRatificationOverdue, markStepOverdue } from './overdue';

const calendar = WorkingCalendar.chinaMainland();
/** Monday 2 March 2026, 10:00 in Shanghai. */
const monday = new Date('2026-03-02T02:00:00Z');
const routing = {
  policy: { version: 1, document: DEFAULT_POLICY_DOCUMENT },
  addWorkingDays: (from: Date, days: number) => calendar.addWorkingDays(from, days),
};
const request = (amount: string, expedited = false) =>
  submit(
    { type: 'COMPENSATION', title: 'Points lost by a system fault', amount, expedited },
    { id: 'r-1', requestedBy: 'cs-1', department: 'SALES', now: monday, ...routing },
  );
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

describe('overdue steps', () => {
  it('[DOMAIN 3.7] marks the step to decide once it is past its due time, once', () => {
    const r = request('30000');
    const due = r.steps[0]!.dueAt;
    expect(markStepOverdue(r, due)).toBeNull();
    const marked = markStepOverdue(r, later(due, 1))!;
    expect(marked.step).toMatchObject({ position: 1, overdueAt: later(due, 1) });
    expect(marked.request.steps.map((s) => s.overdueAt)).toEqual([later(due, 1), null, null, null]);
    expect(markStepOverdue(marked.request, later(due, 60_000))).toBeNull();
  });

  it('[DOMAIN 3.7] marks nothing on a request no longer pending', () => {
    const r = withdraw(request('800'), { sub: 'cs-1', isService: false }, null, monday);
    expect(markStepOverdue(r, later(monday, 30 * 86_400_000))).toBeNull();
  });
});

describe('emergency ratification', () => {
  it('[DOMAIN 3.6] an expedited request is due for ratification 2 working days after it was asked for', () => {
    expect(request('170', true).ratificationDueAt).toEqual(new Date('2026-03-04T02:00:00Z'));
    expect(request('170').ratificationDueAt).toBeNull();
    const oneDay = submit(
      { type: 'COMPENSATION', title: 'Refund', amount: '170', expedited: true },
      {
        id: 'r-2',
        requestedBy: 'cs-1',
        now: monday,
        ...routing,
        policy: { version: 2, document: { ...DEFAULT_POLICY_DOCUMENT, emergencyRatificationWorkingDays: 1 } },
      },
    );
    expect(oneDay.ratificationDueAt).toEqual(new Date('2026-03-03T02:00:00Z'));
  });

  it('[DOMAIN 3.6] marks an emergency unratified past its deadline once; never one approved or rejected', () => {
    const r = request('170', true);
    const deadline = r.ratificationDueAt!;
    expect(markRatificationOverdue(r, deadline)).toBeNull();
    const marked = markRatificationOverdue(r, later(deadline, 1))!;
    expect(marked.ratificationOverdueAt).toEqual(later(deadline, 1));
    expect(markRatificationOverdue(marked, later(deadline, 2))).toBeNull();
    const head = { sub: 'head-1', roles: ['department_head'], department: 'SALES' };
    const approved = decide(r, 'APPROVE', head, null, monday);
    expect(markRatificationOverdue(approved, later(deadline, 1))).toBeNull();
    const rejected = decide(r, 'REJECT', head, 'Not a system fault', monday);
    expect(markRatificationOverdue(rejected, later(deadline, 1))).toBeNull();
    expect(markRatificationOverdue(request('170'), later(deadline, 1))).toBeNull();
  });
});
