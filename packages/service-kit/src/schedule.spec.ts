import pino from 'pino';
import { schedule } from './schedule';

const logger = pino({ level: 'silent' });

/** A job whose runs the test finishes by hand. */
function gatedJob() {
  const runs: { release: () => void; fail: (e: Error) => void }[] = [];
  let active = 0;
  let maxActive = 0;
  const job = () =>
    new Promise<number>((resolve, reject) => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      const n = runs.length + 1;
      runs.push({
        release: () => {
          active -= 1;
          resolve(n);
        },
        fail: (e) => {
          active -= 1;
          reject(e);
        },
      });
    });
  return { job, runs, maxActive: () => maxActive };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('schedule', () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate'] }));
  afterEach(() => jest.useRealTimers());

  it('never starts a run while another is going: the timer skips, runNow waits its turn', async () => {
    const gated = gatedJob();
    const scheduled = schedule('gated', 1_000, gated.job, { logger });
    jest.advanceTimersByTime(1_000);
    expect(gated.runs).toHaveLength(1);
    jest.advanceTimersByTime(5_000); // five more ticks while the first run is still going
    expect(gated.runs).toHaveLength(1);
    const asked = scheduled.runNow();
    await tick();
    expect(gated.runs).toHaveLength(1);
    gated.runs[0]!.release();
    await tick();
    await tick();
    expect(gated.runs).toHaveLength(2);
    gated.runs[1]!.release();
    await expect(asked).resolves.toBe(2);
    expect(gated.maxActive()).toBe(1);
    const stopped = scheduled.stop();
    await stopped;
  });

  it('stop() waits for the run in progress and no run starts after it', async () => {
    const gated = gatedJob();
    const scheduled = schedule('stopping', 1_000, gated.job, { logger });
    jest.advanceTimersByTime(1_000);
    let stopped = false;
    const stopping = scheduled.stop().then(() => (stopped = true));
    await tick();
    expect(stopped).toBe(false);
    gated.runs[0]!.release();
    await stopping;
    expect(stopped).toBe(true);
    jest.advanceTimersByTime(10_000);
    expect(gated.runs).toHaveLength(1);
    await expect(scheduled.runNow()).rejects.toThrow('stopping is stopped');
  });

  it('a failed run is logged, runNow gets its error, and the next run happens on time', async () => {
    const gated = gatedJob();
    const errors: unknown[] = [];
    const spy = pino({ level: 'error' }, { write: (line: string) => void errors.push(JSON.parse(line)) });
    const scheduled = schedule('flaky', 1_000, gated.job, { logger: spy });
    const asked = scheduled.runNow();
    gated.runs[0]!.fail(new Error('database away'));
    await expect(asked).rejects.toThrow('database away');
    expect(errors).toEqual([expect.objectContaining({ job: 'flaky', msg: 'flaky failed' })]);
    jest.advanceTimersByTime(1_000);
    expect(gated.runs).toHaveLength(2);
    gated.runs[1]!.release();
    await scheduled.stop();
  });

  it('with no interval it runs only when asked', async () => {
    const gated = gatedJob();
    const scheduled = schedule('manual', 0, gated.job, { logger });
    jest.advanceTimersByTime(60_000);
    expect(gated.runs).toHaveLength(0);
    const asked = scheduled.runNow();
    gated.runs[0]!.release();
    await expect(asked).resolves.toBe(1);
    await scheduled.stop();
  });
});
