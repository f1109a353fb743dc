import { lateChangeResponse, lateFreeze, unratifiedEmergency } from './detected-violations';

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
});
