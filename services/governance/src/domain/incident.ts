import { refuse } from '@care/domain-kernel';
import { requiredText, statusCheck } from './rule-checks';
import { endOfWorkingDays, type WorkingDayCalendar } from './violation-policy';

/**
 * An incident and the response to it (DOMAIN 4.6), a pure state machine:
 *
 *   REPORTED -start response-> RESPONDING -resolve-> RESOLVED
 *
 * A data leak freezes its affected systems and notifies the customers and the regulator; its response
 * starts once every affected system is frozen, and it is resolved once both are notified (the frozen
 * systems are released then). A public-opinion crisis has a named spokesperson before anything else
 * happens: until one is named, naming one is the only step it accepts. Every notification the incident
 * owes has a deadline from the notification policy; one still unsent past it is found overdue once.
 */
export type IncidentKind = 'DATA_LEAK' | 'PUBLIC_OPINION_CRISIS';
export type IncidentStatus = 'REPORTED' | 'RESPONDING' | 'RESOLVED';
export type Recipient = 'REGULATOR' | 'CUSTOMERS';

export interface SystemFreeze {
  system: string;
  frozenBy: string;
  frozenAt: Date;
  /** When the resolution released it. */
  releasedAt: Date | null;
}

/** A notification the incident owes, its deadline, and when it was sent. */
export interface IncidentNotification {
  recipient: Recipient;
  dueAt: Date;
  /** The deadline was counted over a year the calendar has no holiday data for (weekends only). */
  dueProvisional: boolean;
  sentAt: Date | null;
  sentBy: string | null;
  /** The letter's or filing's reference, e.g. the regulator's receipt number. */
  reference: string | null;
  /** When the scheduled check found it unsent past its deadline; set once. */
  overdueAt: Date | null;
}

export interface Incident {
  id: string;
  version: number;
  kind: IncidentKind;
  status: IncidentStatus;
  summary: string;
  /** When the company learned of it: the notification deadlines count from here. */
  detectedAt: Date;
  reportedBy: string;
  reportedAt: Date;
  affectedSystems: string[];
  freezes: SystemFreeze[];
  /** The staff id of the one who speaks for the company. */
  spokesperson: string | null;
  spokespersonNamedBy: string | null;
  spokespersonNamedAt: Date | null;
  notifications: IncidentNotification[];
  responseStartedBy: string | null;
  responseStartedAt: Date | null;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  resolution: string | null;
}

/**
 * The notification deadlines, policy data (DOMAIN "Defaults": the seeds name the notifications but give
 * no time limits): the regulator within `regulatorHours` hours of detection (72 by default, calendar
 * hours), the customers within `customerWorkingDays` working days (3 by default, through the end of the
 * last one, company time).
 */
export interface NotificationPolicy {
  regulatorHours: number;
  customerWorkingDays: number;
}

export const DEFAULT_NOTIFICATION_POLICY: NotificationPolicy = { regulatorHours: 72, customerWorkingDays: 3 };

/** DOMAIN 4.6: who must be told of each kind of incident. */
export const NOTIFICATIONS_OWED: Readonly<Record<IncidentKind, readonly Recipient[]>> = {
  DATA_LEAK: ['REGULATOR', 'CUSTOMERS'],
  PUBLIC_OPINION_CRISIS: [],
};

/** Who acts and when. */
export interface IncidentContext {
  actor: string;
  now: Date;
}

const SYSTEM = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const PERSON = /^[^\s]{1,200}$/;
const REFERENCE_MAX = 200;
const MAX_SYSTEMS = 50;

function systemsOf(field: string, systems: readonly string[]): string[] {
  const names = [...new Set(systems.map((s) => s.trim()))];
  if (names.length > MAX_SYSTEMS) throw refuse.input(field, `at most ${MAX_SYSTEMS} systems`);
  const bad = names.find((s) => !SYSTEM.test(s));
  if (bad !== undefined)
    throw refuse.input(field, `a system is named by 1 to 64 letters, digits or _.- (not "${bad}")`);
  return names;
}

const requireStatus = statusCheck<IncidentStatus>('incident', 'DOMAIN 4.6');

/** A public-opinion crisis goes no further before its spokesperson is named (DOMAIN 4.6). */
function requireSpokesperson(incident: Incident): void {
  if (incident.kind === 'PUBLIC_OPINION_CRISIS' && !incident.spokesperson)
    throw refuse.transition('a public-opinion crisis needs its named spokesperson first (DOMAIN 4.6)', {
      missing: ['spokesperson'],
    });
}

/** The steps an incident still open takes; a crisis without a spokesperson takes none of them. */
function requireOpen(incident: Incident, step: string): void {
  requireStatus(incident, ['REPORTED', 'RESPONDING'], step);
  requireSpokesperson(incident);
}

/** The notifications a kind owes, due by the policy's deadlines from the detection. */
export function notificationsOwed(
  kind: IncidentKind,
  detectedAt: Date,
  calendar: WorkingDayCalendar,
  policy: NotificationPolicy,
): IncidentNotification[] {
  return NOTIFICATIONS_OWED[kind].map((recipient) => {
    const due =
      recipient === 'REGULATOR'
        ? { at: new Date(detectedAt.getTime() + policy.regulatorHours * 3_600_000), provisional: false }
        : endOfWorkingDays(calendar, detectedAt, policy.customerWorkingDays);
    return {
      recipient,
      dueAt: due.at,
      dueProvisional: due.provisional,
      sentAt: null,
      sentBy: null,
      reference: null,
      overdueAt: null,
    };
  });
}

export interface ReportInput {
  kind: IncidentKind;
  summary: string;
  /** Defaults to the time of the report. */
  detectedAt?: Date | null;
  affectedSystems?: readonly string[] | null;
}

/** Reports an incident: REPORTED, owing its notifications. A data leak names the systems it affects. */
export function reportIncident(
  input: ReportInput,
  context: IncidentContext & { id: string; calendar: WorkingDayCalendar; policy: NotificationPolicy },
): Incident {
  const detectedAt = input.detectedAt ?? context.now;
  if (detectedAt > context.now)
    throw refuse.input('detectedAt', 'an incident is reported after it was detected, not before');
  const affectedSystems = systemsOf('affectedSystems', input.affectedSystems ?? []);
  if (input.kind === 'DATA_LEAK' && affectedSystems.length === 0)
    throw refuse.input('affectedSystems', 'a data leak names the systems to freeze (DOMAIN 4.6)');
  return {
    id: context.id,
    version: 1,
    kind: input.kind,
    status: 'REPORTED',
    summary: requiredText('summary', input.summary),
    detectedAt,
    reportedBy: context.actor,
    reportedAt: context.now,
    affectedSystems,
    freezes: [],
    spokesperson: null,
    spokespersonNamedBy: null,
    spokespersonNamedAt: null,
    notifications: notificationsOwed(input.kind, detectedAt, context.calendar, context.policy),
    responseStartedBy: null,
    responseStartedAt: null,
    resolvedBy: null,
    resolvedAt: null,
    resolution: null,
  };
}

/** The systems still frozen (not released). */
export const frozenSystems = (incident: Incident): string[] =>
  incident.freezes.filter((f) => f.releasedAt === null).map((f) => f.system);

/** Affected systems not frozen yet. */
export const unfrozenSystems = (incident: Incident): string[] => {
  const frozen = new Set(frozenSystems(incident));
  return incident.affectedSystems.filter((s) => !frozen.has(s));
};

/** Freezes systems of the incident; a system not named before becomes one of its affected systems. */
export function freezeSystems(
  incident: Incident,
  input: { systems: readonly string[] },
  context: IncidentContext,
): Incident {
  requireOpen(incident, 'frozen');
  const systems = systemsOf('systems', input.systems);
  if (systems.length === 0) throw refuse.input('systems', 'name at least one system to freeze');
  const already = systems.filter((s) => frozenSystems(incident).includes(s));
  if (already.length > 0)
    throw refuse.input('systems', `already frozen: ${already.join(', ')}`, { frozen: already });
  const affectedSystems = [...new Set([...incident.affectedSystems, ...systems])];
  if (affectedSystems.length > MAX_SYSTEMS) throw refuse.input('systems', `at most ${MAX_SYSTEMS} systems`);
  return {
    ...incident,
    affectedSystems,
    freezes: [
      ...incident.freezes,
      ...systems.map((system) => ({
        system,
        frozenBy: context.actor,
        frozenAt: context.now,
        releasedAt: null,
      })),
    ],
  };
}

/** Names (or replaces) the spokesperson, by staff id. */
export function nameSpokesperson(
  incident: Incident,
  input: { spokesperson: string },
  context: IncidentContext,
): Incident {
  requireStatus(incident, ['REPORTED', 'RESPONDING'], 'given a spokesperson');
  const spokesperson = input.spokesperson.trim();
  if (!PERSON.test(spokesperson))
    throw refuse.input('spokesperson', 'the spokesperson is named by staff id (no spaces)');
  return {
    ...incident,
    spokesperson,
    spokespersonNamedBy: context.actor,
    spokespersonNamedAt: context.now,
  };
}

/**
 * The response starts: a data leak once every affected system is frozen, a crisis once its spokesperson
 * is named.
 */
export function startResponse(incident: Incident, context: IncidentContext): Incident {
  requireStatus(incident, ['REPORTED'], 'started on');
  requireSpokesperson(incident);
  const unfrozen = unfrozenSystems(incident);
  if (incident.kind === 'DATA_LEAK' && unfrozen.length > 0)
    throw refuse.transition(
      `a data leak's response starts once its affected systems are frozen (DOMAIN 4.6): ${unfrozen.join(', ')}`,
      { unfrozen },
    );
  return {
    ...incident,
    status: 'RESPONDING',
    responseStartedBy: context.actor,
    responseStartedAt: context.now,
  };
}

/** Records that the regulator or the customers were notified; late when at or after the deadline. */
export function recordNotification(
  incident: Incident,
  input: { recipient: Recipient; reference?: string | null },
  context: IncidentContext,
): Incident {
  requireOpen(incident, 'notified on');
  const owed = incident.notifications.find((n) => n.recipient === input.recipient);
  if (!owed)
    throw refuse.input(
      'recipient',
      `a ${incident.kind} incident owes notifications to: ${NOTIFICATIONS_OWED[incident.kind].join(', ') || 'nobody'}`,
    );
  if (owed.sentAt) throw refuse.transition(`the ${input.recipient} notification was recorded already`);
  const reference = input.reference?.trim()
    ? requiredText('reference', input.reference, REFERENCE_MAX)
    : null;
  return {
    ...incident,
    notifications: incident.notifications.map((n) =>
      n.recipient === input.recipient ? { ...n, sentAt: context.now, sentBy: context.actor, reference } : n,
    ),
  };
}

export const notificationLate = (n: IncidentNotification): boolean =>
  n.sentAt !== null && n.sentAt >= n.dueAt;

/** Unsent at `now`, past the deadline. */
export const notificationOverdue = (n: IncidentNotification, now: Date): boolean =>
  n.sentAt === null && now >= n.dueAt;

/**
 * Marks each notification unsent past its deadline as found overdue, once (the scheduled check); the
 * recipients newly marked, with the incident.
 */
export function markOverdueNotifications(
  incident: Incident,
  now: Date,
): { next: Incident; marked: IncidentNotification[] } {
  if (incident.status === 'RESOLVED') return { next: incident, marked: [] };
  const marked: IncidentNotification[] = [];
  const notifications = incident.notifications.map((n) => {
    if (n.overdueAt || !notificationOverdue(n, now)) return n;
    const overdue = { ...n, overdueAt: now };
    marked.push(overdue);
    return overdue;
  });
  return { next: marked.length ? { ...incident, notifications } : incident, marked };
}

/** The earliest deadline of a notification still unsent and not found overdue: when to look again. */
export function nextNotificationCheck(incident: Incident): Date | null {
  if (incident.status === 'RESOLVED') return null;
  const due = incident.notifications
    .filter((n) => n.sentAt === null && n.overdueAt === null)
    .map((n) => n.dueAt.getTime());
  return due.length ? new Date(Math.min(...due)) : null;
}

/** Resolves a responding incident once every notification it owes is sent; its frozen systems are released. */
export function resolveIncident(
  incident: Incident,
  input: { resolution: string },
  context: IncidentContext,
): Incident {
  requireStatus(incident, ['RESPONDING'], 'resolved');
  const unsent = incident.notifications.filter((n) => !n.sentAt).map((n) => n.recipient);
  if (unsent.length > 0)
    throw refuse.transition(`notify first (DOMAIN 4.6): ${unsent.join(', ')}`, { unsent });
  return {
    ...incident,
    status: 'RESOLVED',
    resolution: requiredText('resolution', input.resolution),
    resolvedBy: context.actor,
    resolvedAt: context.now,
    freezes: incident.freezes.map((f) => (f.releasedAt ? f : { ...f, releasedAt: context.now })),
  };
}

/** Spending is recorded on an incident still open, a crisis only once its spokesperson is named. */
export function assertMaySpend(incident: Incident): void {
  requireOpen(incident, 'spent on');
}
