import { lateChangeResponse, lateFreeze, unansweredChange, unratifiedEmergency } from './detected-violations';

describe('violations revealed by events (DOMAIN 4.5)', () => {
  const emergency = {
    requestId: 'r-1',
    type: 'COMPENSATION',
    amount: '170.00',
    currency: 'CNY',
    requestedBy: 'cs-director-1',
    ratificationDueAt: '2026-03-04T02:00:00.000Z',
    reference: { service: 'complaints', aggregate: 'solution', id: 's-1' },
    openStepDepartment: null,
  };

  it('[DOMAIN 4.5] an unratified emergency is serious; its rectification goes to the department behind it, else up to the GM office', () => {
    const found = unratifiedEmergency(emergency);
    expect(found.violation).toMatchObject({
      level: 'SERIOUS',
      category: 'EMERGENCY_NOT_RATIFIED',
      personId: 'cs-director-1',
      subject: { type: 'approval_request', id: 'r-1' },
    });
    expect(found.rectification('v-1')).toMatchObject({
      source: 'VIOLATION',
      sourceId: 'v-1',
      severity: 'ORDINARY',
      ownerDepartment: 'CUSTOMER_SERVICE',
    });
    expect(
      unratifiedEmergency({ ...emergency, openStepDepartment: 'SALES' }).rectification('v').ownerDepartment,
    ).toBe('SALES');
    expect(unratifiedEmergency({ ...emergency, reference: null }).rectification('v')).toMatchObject({
      severity: 'MAJOR',
      ownerDepartment: null,
    });
  });

  it('[DOMAIN 4.5] a late freeze and a late change response are ordinary; in time, nothing', () => {
    type Actor = { kind: string; id: string };
    const late = [
      {
        category: 'LATE_POINTS_FREEZE',
        person: 'sales-3',
        detect: (onTime: boolean, actor: Actor) =>
          lateFreeze({
            freezeId: 'f-1',
            customerId: 'c-1',
            freezeDueAt: '2026-03-02T04:30:00.000Z',
            frozenAt: '2026-03-02T05:00:00.000Z',
            frozenOnTime: onTime,
            actor,
          }),
      },
      {
        category: 'LATE_CHANGE_RESPONSE',
        person: 'reviewer-1',
        detect: (onTime: boolean, actor: Actor) =>
          lateChangeResponse({
            changeId: 'ch-1',
            customerId: 'c-1',
            answeredAt: '2026-03-02T06:00:00.000Z',
            onTime,
            actor,
          }),
      },
    ];
    for (const { category, person, detect } of late) {
      const user = { kind: 'user', id: person };
      expect(detect(false, user)).toMatchObject({ level: 'ORDINARY', category, personId: person });
      expect(detect(true, user)).toBeNull();
      expect(detect(false, { kind: 'service', id: 'loyalty' })?.personId).toBeNull();
    }
  });

  it('[DOMAIN 2.5] a change request still unanswered past its 2 hours is one late response: opened unnamed when announced, none again when answered', () => {
    expect(
      unansweredChange({
        changeId: 'ch-2',
        customerId: 'c-1',
        dueAt: '2026-03-02T04:00:00.000Z',
        overdueAt: '2026-03-02T04:01:00.000Z',
      }),
    ).toEqual({
      level: 'ORDINARY',
      category: 'LATE_CHANGE_RESPONSE',
      cases: 1,
      personId: null,
      summary:
        'The data change request ch-2 of customer c-1 was still unanswered at 2026-03-02T04:01:00.000Z, ' +
        'past its deadline 2026-03-02T04:00:00.000Z (DOMAIN 2.5: within 2 hours)',
      subject: { type: 'customer_change', id: 'ch-2' },
    });
    const answer = {
      changeId: 'ch-2',
      customerId: 'c-1',
      answeredAt: '2026-03-02T06:00:00.000Z',
      onTime: false,
      actor: { kind: 'user', id: 'reviewer-1' },
    };
    expect(lateChangeResponse({ ...answer, overdueAt: '2026-03-02T04:01:00.000Z' })).toBeNull();
    expect(lateChangeResponse({ ...answer, overdueAt: null })?.personId).toBe('reviewer-1');
    expect(lateChangeResponse(answer)?.personId).toBe('reviewer-1');
  });
});
