import { randomUUID } from 'node:crypto';
import { WorkingCalendar } from '@care/calendar';
import type { Logger } from 'pino';
import { configuredClock, type Clock, type ClockSettings } from './clock';
import type { RequestContext } from './server';
import {
  startSubgraph,
  type SubgraphDefinition,
  type SubgraphHandle,
  type SubgraphRuntimeConfig,
} from './subgraph';

/** What a test may fix in a service: its clock and its working-day calendar. */
export interface ServiceTimeOptions<TCalendar = WorkingCalendar> {
  /** The time the service lives in; tests fix it. */
  clock?: Clock;
  calendar?: TCalendar;
}

/** The dependencies every service shares (see serviceTime). */
export interface ServiceTime<TCalendar = WorkingCalendar> {
  clock: Clock;
  calendar: TCalendar | WorkingCalendar;
  timeZone: string;
  newId: () => string;
}

/** The settings serviceTime reads. */
export type ServiceTimeConfig = ClockSettings & { TIME_ZONE: string };

/**
 * The dependencies every service shares: the clock (the options' or the configured, demo clocks
 * announced), the working-day calendar in the company time zone (a year without holiday data is
 * counted by weekends only, and said in the log), the time zone itself and the id generator.
 */
export function serviceTime<TCalendar = WorkingCalendar>(
  config: ServiceTimeConfig,
  logger: { warn(details: object, message: string): void },
  options: ServiceTimeOptions<TCalendar> = {},
): ServiceTime<TCalendar> {
  return {
    clock: options.clock ?? configuredClock(config, logger),
    calendar:
      options.calendar ??
      WorkingCalendar.chinaMainland(
        { timeZone: config.TIME_ZONE },
        {
          onMissingYear: (year) =>
            logger.warn({ year }, 'no holiday data for this year: counting weekends only (provisional)'),
        },
      ),
    timeZone: config.TIME_ZONE,
    newId: randomUUID,
  };
}

/** A job's log line: how many items a run handled (`{ marked: 3 }`), or none when it handled none. */
export const countedAs =
  (key: string) =>
  (items: readonly unknown[]): Record<string, number> | false =>
    items.length > 0 && { [key]: items.length };

/** A service's `startService`: its subgraph started on its config, with options tests give. */
export type StartService<TConfig, TDeps, TOptions = ServiceTimeOptions> = (
  config: TConfig,
  logger: Logger,
  options?: TOptions,
) => Promise<SubgraphHandle<TDeps>>;

/**
 * A service's `startService(config, logger, options?)`: its subgraph, defined from its config, the
 * dependencies every service shares (serviceTime: the options' clock and calendar, tests fix them) and
 * its options, started by startSubgraph.
 */
export function serviceStarter<
  TContext extends RequestContext,
  TDeps,
  TConfig extends SubgraphRuntimeConfig & ServiceTimeConfig,
  TCalendar = WorkingCalendar,
  TOptions extends ServiceTimeOptions<TCalendar> = ServiceTimeOptions<TCalendar>,
>(
  define: (
    config: TConfig,
    time: ServiceTime<TCalendar>,
    options: TOptions,
  ) => SubgraphDefinition<TContext, TDeps>,
): StartService<TConfig, TDeps, TOptions> {
  return (config, logger, options = {} as TOptions) =>
    startSubgraph(define(config, serviceTime(config, logger, options), options), config, logger);
}
