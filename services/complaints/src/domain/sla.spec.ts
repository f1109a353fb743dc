import { pause, resolveSla, resume, slaTargets, startSla, dueBreaches } from './sla';
import { calendar } from './test-support';

const at = (iso: string) => new Date(iso);

describe('SLA clocks on the working calendar (Asia/Shanghai, Mon-Fri 09:00-18:00)', () => {
  it('[DOMAIN 1.3] targets by urgency: URGENT 1 h / 1 day, HIGH 4 h / 3 days, NORMAL 1 day / 5 days', () => {
    expect(slaTargets('URGENT', 'MEMBER', 9)).toMatchObject({ firstResponseHours: 1, resolutionHours: 9 });
    expect(slaTargets('HIGH', 'GOLD', 9)).toMatchObject({ firstResponseHours: 4, resolutionHours: 27 });
    expect(slaTargets('NORMAL', 'MEMBER', 9)).toMatchObject({ firstResponseHours: 9, resolutionHours: 45 });
  });

  it('[DOMAIN 1.3] Diamond customers get half the time, Platinum three quarters', () => {
    expect(slaTargets('HIGH', 'DIAMOND', 9)).toMatchObject({ firstResponseHours: 2, resolutionHours: 13.5 });
    expect(slaTargets('NORMAL', 'PLATINUM', 9)).toMatchObject({
      firstResponseHours: 6.75,
      resolutionHours: 33.75,
    });
  });

  it('[DOMAIN 1.3] across a weekend: HIGH filed Friday 17:00 is due Monday 12:00 / Wednesday 17:00', () => {
    const sla = startSla(at('2026-03-06T09:00:00Z'), slaTargets('HIGH', 'MEMBER', 9), calendar);
    expect(sla.firstResponseDueAt).toEqual(at('2026-03-09T04:00:00Z'));
    expect(sla.resolutionDueAt).toEqual(at('2026-03-11T09:00:00Z'));
    expect(sla.provisional).toBe(false);
  });

  it('[DOMAIN 1.3] across the Labour Day holiday (1-5 May 2026): URGENT filed Thu 30 Apr 16:00 resolves by Wed 6 May 16:00', () => {
    const sla = startSla(at('2026-04-30T08:00:00Z'), slaTargets('URGENT', 'MEMBER', 9), calendar);
    expect(sla.firstResponseDueAt).toEqual(at('2026-04-30T09:00:00Z'));
    expect(sla.resolutionDueAt).toEqual(at('2026-05-06T08:00:00Z'));
  });

  it('[DOMAIN 1.3] on the make-up working day Saturday 9 May 2026: NORMAL filed Fri 8 May 17:00 is answered by Sat 17:00', () => {
    const sla = startSla(at('2026-05-08T09:00:00Z'), slaTargets('NORMAL', 'MEMBER', 9), calendar);
    expect(sla.firstResponseDueAt).toEqual(at('2026-05-09T09:00:00Z'));
  });

  it('the clocks stand still while the complaint waits for the customer', () => {
    const start = at('2026-03-02T01:00:00Z'); // Mon 09:00
    let sla = startSla(start, slaTargets('HIGH', 'MEMBER', 9), calendar);
    expect(sla.resolutionDueAt).toEqual(at('2026-03-04T10:00:00Z')); // Wed 18:00
    sla = pause(sla, at('2026-03-02T03:00:00Z')); // Mon 11:00
    expect(dueBreaches(sla, at('2026-03-20T03:00:00Z'))).toEqual([]);
    sla = resume(sla, at('2026-03-03T03:00:00Z'), calendar); // Tue 11:00: 9 working hours waited
    expect(sla.pausedMs).toBe(9 * 3_600_000);
    expect(sla.resolutionDueAt).toEqual(at('2026-03-05T10:00:00Z')); // Thu 18:00
    const done = resolveSla(sla, at('2026-03-05T09:00:00Z'), calendar); // Thu 17:00
    expect(done.onTime).toBe(true);
    expect(done.workingHoursToResolve).toBe(26);
  });

  it('a clock past due is reported once, none after it was met', () => {
    const sla = startSla(at('2026-03-02T01:00:00Z'), slaTargets('URGENT', 'MEMBER', 9), calendar);
    expect(dueBreaches(sla, at('2026-03-02T02:30:00Z'))).toEqual(['FIRST_RESPONSE']);
    expect(
      dueBreaches({ ...sla, firstRespondedAt: at('2026-03-02T01:30:00Z') }, at('2026-03-03T02:30:00Z')),
    ).toEqual(['RESOLUTION']);
    expect(
      dueBreaches(
        { ...sla, firstResponseBreached: true, resolutionBreached: true },
        at('2026-03-09T02:30:00Z'),
      ),
    ).toEqual([]);
  });
});
