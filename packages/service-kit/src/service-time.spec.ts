import { countedAs, serviceTime } from './service-time';

const settings = { NODE_ENV: 'test', TIME_ZONE: 'Asia/Shanghai' } as const;
const silent = { warn: () => undefined };

describe('serviceTime', () => {
  it("takes the options' clock and calendar (tests fix them) and the config's time zone", () => {
    const clock = { now: () => new Date('2026-03-02T02:00:00.000Z') };
    const calendar = { fixed: true };
    const time = serviceTime(settings, silent, { clock, calendar });
    expect(time.clock).toBe(clock);
    expect(time.calendar).toBe(calendar);
    expect(time.timeZone).toBe('Asia/Shanghai');
    expect(time.newId()).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('counts working days on the company calendar when no calendar is given', () => {
    const time = serviceTime(settings, silent);
    expect(time.calendar).not.toBeUndefined();
    expect(time.clock.now()).toBeInstanceOf(Date);
  });
});

describe('countedAs', () => {
  it('says how many items a run handled, and nothing for a run that handled none', () => {
    expect(countedAs('marked')(['a', 'b'])).toEqual({ marked: 2 });
    expect(countedAs('marked')([])).toBe(false);
  });
});
