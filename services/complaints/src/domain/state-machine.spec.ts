import { Refusal } from '@care/domain-kernel';
import type { ComplaintKind, ComplaintStatus } from './complaint';
import { assertTransition, COMPLAINT_TRANSITIONS, SHORT_TRANSITIONS, STATUSES } from './state-machine';

const LEGAL: Record<ComplaintKind, [ComplaintStatus, ComplaintStatus][]> = {
  COMPLAINT: [
    ['RECEIVED', 'CLASSIFIED'],
    ['CLASSIFIED', 'ASSIGNED'],
    ['ASSIGNED', 'INVESTIGATING'],
    ['INVESTIGATING', 'SOLUTION_PROPOSED'],
    ['SOLUTION_PROPOSED', 'SOLUTION_ACCEPTED'],
    ['SOLUTION_PROPOSED', 'INVESTIGATING'],
    ['SOLUTION_ACCEPTED', 'IMPLEMENTING'],
    ['IMPLEMENTING', 'RESOLVED'],
    ['RESOLVED', 'CLOSED'],
    ['RESOLVED', 'INVESTIGATING'],
    ['CLOSED', 'INVESTIGATING'],
  ],
  INQUIRY: [
    ['RECEIVED', 'RESOLVED'],
    ['RESOLVED', 'CLOSED'],
  ],
  SUGGESTION: [
    ['RECEIVED', 'RESOLVED'],
    ['RESOLVED', 'CLOSED'],
  ],
};

const pairs = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const));

describe('the complaint state machine', () => {
  for (const kind of ['COMPLAINT', 'INQUIRY', 'SUGGESTION'] as const) {
    const legal = new Set(LEGAL[kind].map(([a, b]) => `${a}>${b}`));
    it.each(pairs)(
      `[DOMAIN 1.6] ${kind}: %s -> %s is allowed exactly when the lifecycle says so`,
      (from, to) => {
        if (legal.has(`${from}>${to}`)) expect(() => assertTransition(kind, from, to)).not.toThrow();
        else
          expect(() => assertTransition(kind, from, to)).toThrow(
            expect.objectContaining({
              constructor: Refusal,
              code: 'INVALID_TRANSITION',
              details: { from, to },
            }),
          );
      },
    );
  }

  it('the table in the code is the table above', () => {
    const listed = (t: typeof COMPLAINT_TRANSITIONS) =>
      STATUSES.flatMap((from) => t[from].map((to) => [from, to]));
    expect(listed(COMPLAINT_TRANSITIONS)).toEqual(LEGAL.COMPLAINT);
    expect(listed(SHORT_TRANSITIONS)).toEqual(LEGAL.INQUIRY);
  });
});
