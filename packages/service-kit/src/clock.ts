import { z } from 'zod';

/** The time a service's rules, jobs and records live in (DESIGN 12: one injected clock). */
export interface Clock {
  now(): Date;
}

/** The real time. */
export const systemClock: Clock = { now: () => new Date() };

/** The longest shift a demo clock accepts either way: beyond it no demo makes sense. */
const MAX_SHIFT_MS = 100 * 365 * 86_400_000;

const UNIT_MS = { W: 7 * 86_400_000, D: 86_400_000, H: 3_600_000, M: 60_000, S: 1_000 } as const;
const DURATION =
  /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d{1,3})?)S)?)?$/;

/**
 * An ISO-8601 duration in milliseconds, with an optional sign: `P30D`, `-PT6H`, `P1W2DT3H30M`.
 * Years and months have no fixed length, so they are refused rather than guessed; undefined when the
 * text is not such a duration.
 */
export function parseIsoDuration(text: string): number | undefined {
  const m = DURATION.exec(text.trim());
  if (!m || text.trim().replace(/^[+-]/, '') === 'P') return undefined;
  const [, sign, w, d, h, min, s] = m;
  const ms =
    Number(w ?? 0) * UNIT_MS.W +
    Number(d ?? 0) * UNIT_MS.D +
    Number(h ?? 0) * UNIT_MS.H +
    Number(min ?? 0) * UNIT_MS.M +
    Math.round(Number(s ?? 0) * UNIT_MS.S);
  return sign === '-' ? -ms : ms;
}

/**
 * The demo and training clock's settings, part of every subgraph's config (and read by `pnpm seed`).
 * CLOCK_START: an instant with its offset; the clock shows it when the process starts and runs on from
 * there. CLOCK_OFFSET: a signed ISO-8601 duration added to the real time. At most one; none in production.
 */
export const clockSettingsShape = {
  CLOCK_START: z.iso
    .datetime({
      offset: true,
      error: 'must be an instant with its offset, e.g. 2027-01-05T09:00:00+08:00',
    })
    .transform((v) => new Date(v))
    .optional(),
  CLOCK_OFFSET: z
    .string()
    .transform((v, ctx) => {
      const ms = parseIsoDuration(v);
      if (ms === undefined || Math.abs(ms) > MAX_SHIFT_MS) {
        ctx.addIssue({
          code: 'custom',
          message:
            ms === undefined
              ? 'must be an ISO-8601 duration in weeks, days, hours, minutes and seconds, e.g. P30D, -PT6H or P1DT2H (years and months have no fixed length)'
              : 'must shift the clock by at most 100 years',
        });
        return z.NEVER;
      }
      return ms;
    })
    .optional(),
};

export interface ClockSettings {
  NODE_ENV?: string;
  CLOCK_START?: Date;
  /** Milliseconds added to the real time. */
  CLOCK_OFFSET?: number;
}

/** The problems of a clock setting as (variable, message) pairs: none when it may be used. */
export function clockSettingProblems(settings: ClockSettings): { variable: string; message: string }[] {
  const set = (['CLOCK_START', 'CLOCK_OFFSET'] as const).filter((v) => settings[v] !== undefined);
  if (settings.NODE_ENV === 'production')
    return set.map((variable) => ({
      variable,
      message: 'a demo clock is refused when NODE_ENV=production (the real time only): unset it',
    }));
  if (set.length === 2)
    return [{ variable: 'CLOCK_OFFSET', message: 'set CLOCK_START or CLOCK_OFFSET, not both' }];
  return [];
}

/** A clock setting that may not be used, or does not parse: one line per variable, as ConfigError prints. */
export class ClockSettingError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid clock setting:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ClockSettingError';
  }
}

/** Adds the clock checks to a config schema whose output has NODE_ENV and the clock settings. */
export function refuseDemoClockInProduction<S extends z.ZodType<ClockSettings>>(schema: S) {
  return schema.superRefine((config, ctx) => {
    for (const p of clockSettingProblems(config))
      ctx.addIssue({ code: 'custom', path: [p.variable], message: p.message });
  });
}

/** One line saying which time a demo clock shows, for the start-up log; undefined for the real time. */
export function describeClock(settings: ClockSettings, clock: Clock): string | undefined {
  if (settings.CLOCK_START)
    return `demo clock: CLOCK_START=${settings.CLOCK_START.toISOString()}, runs on from there (now ${clock.now().toISOString()})`;
  if (settings.CLOCK_OFFSET !== undefined)
    return `demo clock: CLOCK_OFFSET of ${settings.CLOCK_OFFSET / 3_600_000} h (now ${clock.now().toISOString()})`;
  return undefined;
}

/**
 * The clock a service (or the seed) reads: the real time, or the demo clock its settings ask for.
 * `realNow` is for tests. Refuses a demo clock in production even when the settings bypassed the schema.
 *
 * With CLOCK_START each process counts from its own start: services started together agree within the
 * seconds between their starts, a restarted one begins at CLOCK_START again. CLOCK_OFFSET is the same
 * in every process at every moment.
 */
export function serviceClock(settings: ClockSettings, realNow?: () => number): Clock {
  const problems = clockSettingProblems(settings);
  if (problems.length > 0) throw new ClockSettingError(problems.map((p) => `${p.variable}: ${p.message}`));
  // Date.now read at each call, not captured: a test that fakes the time after start-up still moves it.
  const real = realNow ?? (() => Date.now());
  if (settings.CLOCK_START) {
    const shift = settings.CLOCK_START.getTime() - real();
    return { now: () => new Date(real() + shift) };
  }
  const offset = settings.CLOCK_OFFSET;
  if (offset !== undefined) return { now: () => new Date(real() + offset) };
  return realNow ? { now: () => new Date(realNow()) } : systemClock;
}

/** A service's clock from its config; a demo clock is announced in the log, as it changes every rule. */
export function configuredClock(
  config: ClockSettings,
  logger: { warn(details: object, message: string): void },
): Clock {
  const clock = serviceClock(config);
  const demo = describeClock(config, clock);
  if (demo) logger.warn({ clock: clock.now().toISOString() }, demo);
  return clock;
}

/** The clock from raw environment variables (`pnpm seed`); a ClockSettingError names each bad variable. */
export function clockFromEnv(env: Record<string, string | undefined>): Clock {
  const schema = refuseDemoClockInProduction(
    z.object({ NODE_ENV: z.string().optional(), ...clockSettingsShape }),
  );
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success)
    throw new ClockSettingError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  return serviceClock(result.data);
}
