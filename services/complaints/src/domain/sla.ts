import type { WorkingCalendar } from '@care/calendar';

export const URGENCIES = ['NORMAL', 'HIGH', 'URGENT'] as const;
export type Urgency = (typeof URGENCIES)[number];
export type Tier = 'MEMBER' | 'GOLD' | 'PLATINUM' | 'DIAMOND';

const HOUR_MS = 3_600_000;

/**
 * Service levels (DOMAIN "Defaults where the seeds give no number"), in working time: first response /
 * resolution. Policy data: `hours` are working hours, `days` working days of the calendar.
 */
export const SLA_POLICY: Record<Urgency, { firstResponse: Duration; resolution: Duration }> = {
  URGENT: { firstResponse: { hours: 1 }, resolution: { days: 1 } },
  HIGH: { firstResponse: { hours: 4 }, resolution: { days: 3 } },
  NORMAL: { firstResponse: { days: 1 }, resolution: { days: 5 } },
};
/** Diamond customers are served in half the time, Platinum in three quarters. */
export const TIER_FACTOR: Record<Tier, number> = { DIAMOND: 0.5, PLATINUM: 0.75, GOLD: 1, MEMBER: 1 };

export type Duration = { hours: number } | { days: number };

export interface SlaTargets {
  tier: Tier;
  urgency: Urgency;
  firstResponseHours: number;
  resolutionHours: number;
}

export function slaTargets(urgency: Urgency, tier: Tier, workingDayHours: number): SlaTargets {
  const hours = (d: Duration) => ('hours' in d ? d.hours : d.days * workingDayHours) * TIER_FACTOR[tier];
  const policy = SLA_POLICY[urgency];
  return {
    tier,
    urgency,
    firstResponseHours: hours(policy.firstResponse),
    resolutionHours: hours(policy.resolution),
  };
}

/** The SLA clocks of one complaint. Times are instants; paused time is working time. */
export interface SlaState extends SlaTargets {
  startedAt: Date;
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  /** Set while the complaint waits for the customer: the clocks stand still. */
  pausedSince: Date | null;
  pausedMs: number;
  firstResponseBreached: boolean;
  resolutionBreached: boolean;
  onTime: boolean | null;
  workingHoursToResolve: number | null;
  /** A due date depended on a year without holiday data (counted as weekends only). */
  provisional: boolean;
}

function dueDates(
  startedAt: Date,
  targets: SlaTargets,
  pausedMs: number,
  calendar: WorkingCalendar,
): { firstResponseDueAt: Date; resolutionDueAt: Date; provisional: boolean } {
  const paused = pausedMs / HOUR_MS;
  const first = calendar.addWorkingHours(startedAt, targets.firstResponseHours + paused);
  const resolution = calendar.addWorkingHours(startedAt, targets.resolutionHours + paused);
  return {
    firstResponseDueAt: first.value,
    resolutionDueAt: resolution.value,
    provisional: first.provisional || resolution.provisional,
  };
}

export function startSla(startedAt: Date, targets: SlaTargets, calendar: WorkingCalendar): SlaState {
  return {
    ...targets,
    startedAt,
    ...dueDates(startedAt, targets, 0, calendar),
    firstRespondedAt: null,
    resolvedAt: null,
    pausedSince: null,
    pausedMs: 0,
    firstResponseBreached: false,
    resolutionBreached: false,
    onTime: null,
    workingHoursToResolve: null,
  };
}

/** New targets (classification, a tier known later): the clocks keep their start and paused time. */
export function retarget(sla: SlaState, targets: SlaTargets, calendar: WorkingCalendar): SlaState {
  return { ...sla, ...targets, ...dueDates(sla.startedAt, targets, sla.pausedMs, calendar) };
}

/** The customer has the ball: stop the clocks. */
export function pause(sla: SlaState, now: Date): SlaState {
  return sla.pausedSince ? sla : { ...sla, pausedSince: now };
}

/** The customer answered: the working time spent waiting moves the due dates on. */
export function resume(sla: SlaState, now: Date, calendar: WorkingCalendar): SlaState {
  if (!sla.pausedSince) return sla;
  const waited = Math.max(0, calendar.workingTimeBetween(sla.pausedSince, now).value);
  const pausedMs = sla.pausedMs + waited;
  return { ...sla, pausedSince: null, pausedMs, ...dueDates(sla.startedAt, sla, pausedMs, calendar) };
}

export function respondedFirst(sla: SlaState, now: Date): SlaState {
  return sla.firstRespondedAt ? sla : { ...sla, firstRespondedAt: now };
}

/** Working time spent on the complaint (paused time excluded) up to `at`. */
export function workingMsSpent(sla: SlaState, at: Date, calendar: WorkingCalendar): number {
  const paused =
    sla.pausedMs +
    (sla.pausedSince ? Math.max(0, calendar.workingTimeBetween(sla.pausedSince, at).value) : 0);
  return Math.max(0, calendar.workingTimeBetween(sla.startedAt, at).value - paused);
}

export function resolveSla(sla: SlaState, now: Date, calendar: WorkingCalendar): SlaState {
  const resumed = resume(sla, now, calendar);
  const spent = workingMsSpent(resumed, now, calendar);
  return {
    ...resumed,
    resolvedAt: now,
    firstRespondedAt: resumed.firstRespondedAt ?? now,
    onTime: spent <= resumed.resolutionHours * HOUR_MS,
    workingHoursToResolve: Math.round((spent / HOUR_MS) * 100) / 100,
  };
}

/** A reopened complaint's resolution clock runs again from where it stood. */
export function reopenSla(sla: SlaState): SlaState {
  return { ...sla, resolvedAt: null, onTime: null, workingHoursToResolve: null };
}

export type SlaClock = 'FIRST_RESPONSE' | 'RESOLUTION';

/** The clocks that are past due at `now` and not yet marked (none while paused). */
export function dueBreaches(sla: SlaState, now: Date): SlaClock[] {
  if (sla.pausedSince || sla.resolvedAt) return [];
  const out: SlaClock[] = [];
  if (!sla.firstRespondedAt && !sla.firstResponseBreached && now > sla.firstResponseDueAt)
    out.push('FIRST_RESPONSE');
  if (!sla.resolutionBreached && now > sla.resolutionDueAt) out.push('RESOLUTION');
  return out;
}
