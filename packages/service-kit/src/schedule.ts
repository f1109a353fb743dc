import type { Logger } from 'pino';

export interface ScheduledJob<T = unknown> {
  readonly name: string;
  /**
   * Runs the job now (tests, an operator) and gives its result or its error; a run already in progress
   * is waited for first, never overlapped.
   */
  runNow: () => Promise<T>;
  /** No new runs; resolves when the run in progress, if any, has finished. */
  stop: () => Promise<void>;
}

export interface ScheduleOptions<T> {
  logger: Logger;
  /** What a run did, for the log; a falsy answer logs nothing (a run that found no work). */
  describe?: (result: T) => Record<string, unknown> | undefined | false;
}

/**
 * A job that runs every `everyMs` milliseconds (0 or less: only when asked with runNow). A run never
 * starts while another is going; a failed run is logged and the next one runs on time; stop() waits for
 * the run in progress, so shutdown never cuts a job's transaction in half.
 */
export function schedule<T>(
  name: string,
  everyMs: number,
  job: () => Promise<T>,
  options: ScheduleOptions<T>,
): ScheduledJob<T> {
  const logger = options.logger.child({ job: name });
  let running: Promise<unknown> | undefined;
  let stopped = false;
  const run = async (): Promise<T> => {
    while (running) await running.catch(() => undefined);
    const started = Date.now();
    const current = job();
    running = current;
    try {
      const result = await current;
      const described = options.describe?.(result);
      if (described) logger.info({ ...described, ms: Date.now() - started }, `${name} ran`);
      return result;
    } catch (error) {
      logger.error({ err: error }, `${name} failed`);
      throw error;
    } finally {
      if (running === current) running = undefined;
    }
  };
  const timer =
    everyMs > 0
      ? setInterval(() => {
          if (!stopped && !running) run().catch(() => undefined);
        }, everyMs)
      : undefined;
  timer?.unref();
  return {
    name,
    runNow: () => (stopped ? Promise.reject(new Error(`${name} is stopped`)) : run()),
    stop: async () => {
      stopped = true;
      if (timer) clearInterval(timer);
      while (running) await running.catch(() => undefined);
    },
  };
}
