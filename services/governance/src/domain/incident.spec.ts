import {
  DEFAULT_NOTIFICATION_POLICY,
  freezeSystems,
  markOverdueNotifications,
  nameSpokesperson,
  nextNotificationCheck,
  notificationLate,
  recordNotification,
  reportIncident,
  resolveIncident,
  startResponse,
  unfrozenSystems,
  type Incident,
} from './incident';
import { calendar, cst } from '../../test/company-time';

const at = (local: string, actor = 'compliance-1') => ({ actor, now: cst(local) });
const policy = DEFAULT_NOTIFICATION_POLICY;

const leak = (): Incident =>
  reportIncident(
    { kind: 'DATA_LEAK', summary: 'Customer list exported', affectedSystems: ['crm', 'mail-gateway'] },
    { ...at('2026-09-30T15:00:00'), id: 'i-1', calendar, policy },
  );
const crisis = (): Incident =>
  reportIncident(
    { kind: 'PUBLIC_OPINION_CRISIS', summary: 'Video of a rude reply' },
    { ...at('2026-09-30T15:00:00'), id: 'i-2', calendar, policy },
  );

describe('an incident (DOMAIN 4.6)', () => {
  it('[DOMAIN 4.6] a data leak owes the regulator within 72 hours and the customers within 3 working days', () => {
    const i = leak();
    expect(i.status).toBe('REPORTED');
    // Detected Wed 30 Sep 15:00; 1-7 October are off, Sat 10 October is a make-up working day.
    expect(i.notifications.map((n) => [n.recipient, n.dueAt.toISOString()])).toEqual([
      ['REGULATOR', '2026-10-03T07:00:00.000Z'],
      ['CUSTOMERS', '2026-10-10T16:00:00.000Z'],
    ]);
    expect(nextNotificationCheck(i)).toEqual(new Date('2026-10-03T07:00:00.000Z'));
    expect(crisis().notifications).toEqual([]);
  });

  it('[DOMAIN 4.6] a data leak names its systems and starts its response once all are frozen', () => {
    expect(() =>
      reportIncident(
        { kind: 'DATA_LEAK', summary: 's' },
        { ...at('2026-09-30T15:00:00'), id: 'x', calendar, policy },
      ),
    ).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    const partly = freezeSystems(leak(), { systems: ['crm'] }, at('2026-09-30T15:10:00'));
    expect(unfrozenSystems(partly)).toEqual(['mail-gateway']);
    expect(() => startResponse(partly, at('2026-09-30T15:11:00'))).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION' }),
    );
    expect(() => freezeSystems(partly, { systems: ['crm'] }, at('2026-09-30T15:12:00'))).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
    const frozen = freezeSystems(partly, { systems: ['mail-gateway'] }, at('2026-09-30T15:13:00'));
    expect(startResponse(frozen, at('2026-09-30T15:14:00')).status).toBe('RESPONDING');
  });

  it('[DOMAIN 4.6] a public-opinion crisis goes nowhere before its spokesperson is named', () => {
    const c = crisis();
    for (const step of [
      () => startResponse(c, at('2026-09-30T16:00:00')),
      () => freezeSystems(c, { systems: ['weibo-account'] }, at('2026-09-30T16:00:00')),
    ])
      expect(step).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
    const named = nameSpokesperson(c, { spokesperson: 'pr-lead-1' }, at('2026-09-30T16:00:00', 'gm-1'));
    expect(named).toMatchObject({ spokesperson: 'pr-lead-1', spokespersonNamedBy: 'gm-1' });
    expect(startResponse(named, at('2026-09-30T16:05:00')).status).toBe('RESPONDING');
  });

  it('[DOMAIN 4.6] is resolved only once notified as owed; a late notification is late; overdue is found once', () => {
    const responding = startResponse(
      freezeSystems(leak(), { systems: ['crm', 'mail-gateway'] }, at('2026-09-30T15:10:00')),
      at('2026-09-30T15:20:00'),
    );
    const regulator = recordNotification(responding, { recipient: 'REGULATOR' }, at('2026-10-02T10:00:00'));
    expect(notificationLate(regulator.notifications[0]!)).toBe(false);
    expect(() => resolveIncident(regulator, { resolution: 'done' }, at('2026-10-02T11:00:00'))).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION' }),
    );
    const first = markOverdueNotifications(regulator, cst('2026-10-11T00:00:00'));
    expect(first.marked.map((n) => n.recipient)).toEqual(['CUSTOMERS']);
    expect(markOverdueNotifications(first.next, cst('2026-10-11T01:00:00')).marked).toEqual([]);
    expect(nextNotificationCheck(first.next)).toBeNull();
    const customers = recordNotification(first.next, { recipient: 'CUSTOMERS' }, at('2026-10-12T09:00:00'));
    expect(notificationLate(customers.notifications[1]!)).toBe(true);
    const resolved = resolveIncident(customers, { resolution: 'Contained' }, at('2026-10-12T10:00:00'));
    expect(resolved.status).toBe('RESOLVED');
    expect(
      resolved.freezes.every((f) => f.releasedAt?.getTime() === cst('2026-10-12T10:00:00').getTime()),
    ).toBe(true);
  });
});
