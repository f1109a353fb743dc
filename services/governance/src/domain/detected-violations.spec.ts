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
    const freeze = {
      freezeId: 'f-1',
      customerId: 'c-1',
      freezeDueAt: '2026-03-02T04:30:00.000Z',
      frozenAt: '2026-03-02T05:00:00.000Z',
      frozenOnTime: false,
      actor: { kind: 'user', id: 'sales-3' },
    };
    expect(lateFreeze(freeze)).toMatchObject({
      level: 'ORDINARY',
      category: 'LATE_POINTS_FREEZE',
      personId: 'sales-3',
    });
    expect(lateFreeze({ ...freeze, frozenOnTime: true })).toBeNull();
    expect(lateFreeze({ ...freeze, actor: { kind: 'service', id: 'loyalty' } })?.personId).toBeNull();
    const change = {
      changeId: 'ch-1',
      customerId: 'c-1',
      answeredAt: '2026-03-02T06:00:00.000Z',
      onTime: false,
      actor: { kind: 'user', id: 'reviewer-1' },
    };
    expect(lateChangeResponse(change)).toMatchObject({
      category: 'LATE_CHANGE_RESPONSE',
      personId: 'reviewer-1',
    });
    expect(lateChangeResponse({ ...change, onTime: true })).toBeNull();
  });
});
