import {
  incidentNotificationSent,
  incidentReported,
  incidentResolved,
  incidentResponseStarted,
  incidentSpokespersonNamed,
  incidentSystemsFrozen,
  type Envelope,
} from '@care/contracts';
import type { Role } from '@care/domain-kernel';
import { authorised, type Caller, changeAggregate, eventContextOf } from '@care/service-kit';
import { INCIDENT_ROLES } from '../domain/access';
import {
  freezeSystems,
  frozenSystems,
  type Incident,
  type IncidentContext,
  nameSpokesperson,
  notificationLate,
  recordNotification,
  type Recipient,
  reportIncident,
  type ReportInput,
  resolveIncident,
  startResponse,
  unfrozenSystems,
} from '../domain/incident';
import { incidentEvent } from './events';
import type { Deps, Transaction } from './ports';
import { tracedUnitOfWork } from './traced-unit-of-work';

/*
 * The response to an incident (DOMAIN 4.6), each step checking the caller's role before any I/O, then
 * applying its pure rule in one transaction with its event, also traced in the audit chain.
 */

const iso = (d: Date) => d.toISOString();

/** Compliance, administration, the GM office or the GM report an incident. */
export const reportIncidentCase = authorised(
  INCIDENT_ROLES.respond,
  async (deps: Deps, caller: Caller, input: ReportInput): Promise<Incident> => {
    const now = deps.clock.now();
    const incident = reportIncident(input, {
      id: deps.newId(),
      actor: caller.actor.sub,
      now,
      calendar: deps.calendar,
      policy: deps.emergencySettings.notificationPolicy,
    });
    return tracedUnitOfWork(deps)(async (tx) => {
      await tx.incidents.insert(incident);
      await tx.outbox.enqueue(
        incidentEvent(
          incidentReported,
          incident,
          now,
          {
            detectedAt: iso(incident.detectedAt),
            affectedSystems: incident.affectedSystems,
            notifications: incident.notifications.map((n) => ({
              recipient: n.recipient,
              dueAt: iso(n.dueAt),
            })),
          },
          eventContextOf(caller),
        ),
      );
      return incident;
    });
  },
);

interface Versioned {
  id: string;
  expectedVersion?: number | null;
}

/**
 * One change of an incident: load it locked (NOT_FOUND), check the version the caller saw (CONFLICT), the
 * rule, save with the optimistic lock, and the events the rule's outcome gives; one traced transaction.
 */
export function changeIncident(
  deps: Pick<Deps, 'unitOfWork' | 'clock'>,
  input: Versioned,
  apply: (incident: Incident, now: Date) => Incident,
  events: (before: Incident, after: Incident, now: Date) => Envelope[],
): Promise<Incident> {
  const now = deps.clock.now();
  return changeAggregate<Incident, Transaction>(tracedUnitOfWork(deps), {
    what: 'Incident',
    id: input.id,
    expectedVersion: input.expectedVersion,
    load: (tx) => tx.incidents.lockById(input.id),
    apply: (incident) => ({ next: apply(incident, now) }),
    save: (tx, next, version) => tx.incidents.update(next, version),
    events: (before, after) => events(before, after, now),
  });
}

const acting = (caller: Caller, now: Date): IncidentContext => ({ actor: caller.actor.sub, now });

/** A step of the response, by one of `roles`: the rule, and the one event it gives. */
const step = <I extends Versioned>(
  roles: readonly Role[],
  rule: (incident: Incident, input: I, context: IncidentContext) => Incident,
  event: (before: Incident, after: Incident, input: I, now: Date, caller: Caller) => Envelope,
) =>
  authorised(roles, (deps: Deps, caller: Caller, input: I) =>
    changeIncident(
      deps,
      input,
      (incident, now) => rule(incident, input, acting(caller, now)),
      (before, after, now) => [event(before, after, input, now, caller)],
    ),
  );

/** Freezes affected systems (a data leak freezes them, DOMAIN 4.6). */
export const freezeIncidentSystems = step(
  INCIDENT_ROLES.respond,
  (incident, input: Versioned & { systems: string[] }, context) => freezeSystems(incident, input, context),
  (_before, after, input, now, caller) =>
    incidentEvent(
      incidentSystemsFrozen,
      after,
      now,
      { systems: input.systems.map((s) => s.trim()), allAffectedFrozen: unfrozenSystems(after).length === 0 },
      eventContextOf(caller),
    ),
);

/** The GM or the GM office meeting names the spokesperson. */
export const nameIncidentSpokesperson = step(
  INCIDENT_ROLES.nameSpokesperson,
  (incident, input: Versioned & { spokesperson: string }, context) =>
    nameSpokesperson(incident, input, context),
  (_before, after, _input, now, caller) =>
    incidentEvent(
      incidentSpokespersonNamed,
      after,
      now,
      { spokesperson: after.spokesperson! },
      eventContextOf(caller),
    ),
);

/** The response starts: a data leak's systems are frozen, a crisis has its spokesperson. */
export const startIncidentResponse = step(
  INCIDENT_ROLES.respond,
  (incident, _input: Versioned, context) => startResponse(incident, context),
  (_before, after, _input, now, caller) =>
    incidentEvent(incidentResponseStarted, after, now, {}, eventContextOf(caller)),
);

/** The regulator or the customers were notified. */
export const recordIncidentNotification = step(
  INCIDENT_ROLES.respond,
  (incident, input: Versioned & { recipient: Recipient; reference?: string | null }, context) =>
    recordNotification(incident, input, context),
  (_before, after, input, now, caller) => {
    const sent = after.notifications.find((n) => n.recipient === input.recipient)!;
    return incidentEvent(
      incidentNotificationSent,
      after,
      now,
      {
        recipient: sent.recipient,
        dueAt: iso(sent.dueAt),
        sentAt: iso(sent.sentAt!),
        late: notificationLate(sent),
      },
      eventContextOf(caller),
    );
  },
);

/** The incident is resolved and its frozen systems released. */
export const resolveIncidentCase = step(
  INCIDENT_ROLES.respond,
  (incident, input: Versioned & { resolution: string }, context) => resolveIncident(incident, input, context),
  (before, after, _input, now, caller) =>
    incidentEvent(
      incidentResolved,
      after,
      now,
      { releasedSystems: frozenSystems(before) },
      eventContextOf(caller),
    ),
);
