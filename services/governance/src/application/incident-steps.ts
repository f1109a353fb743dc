import {
  incidentNotificationSent,
  incidentReported,
  incidentResolved,
  incidentResponseStarted,
  incidentSpokespersonNamed,
  incidentSystemsFrozen,
  type Envelope,
  type EventContext,
} from '@care/contracts';
import type { Role } from '@care/domain-kernel';
import { authorised, type Caller, eventContextOf } from '@care/service-kit';
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
import type { Deps } from './ports';
import { changeTraced, type TracedRegister, tracedUnitOfWork, type Versioned } from './traced-unit-of-work';

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

/** Incidents are read locked for a change. */
export const INCIDENTS: TracedRegister<Incident> = {
  what: 'Incident',
  load: (tx, id) => tx.incidents.lockById(id),
  save: (tx, next, version) => tx.incidents.update(next, version),
};

const acting = (caller: Caller, now: Date): IncidentContext => ({ actor: caller.actor.sub, now });

/** A step of the response, by one of `roles`: the rule, and the one event it gives. */
const step = <I extends Versioned>(
  roles: readonly Role[],
  rule: (incident: Incident, input: I, context: IncidentContext) => Incident,
  event: (before: Incident, after: Incident, input: I, now: Date, context: EventContext) => Envelope,
) =>
  authorised(roles, (deps: Deps, caller: Caller, input: I) =>
    changeTraced(deps, INCIDENTS, eventContextOf(caller), {
      ...input,
      apply: (incident, now) => rule(incident, input, acting(caller, now)),
      events: (before, after, now, context) => [event(before, after, input, now, context)],
    }),
  );

/** Freezes affected systems (a data leak freezes them, DOMAIN 4.6). */
export const freezeIncidentSystems = step(
  INCIDENT_ROLES.respond,
  (incident, input: Versioned & { systems: string[] }, context) => freezeSystems(incident, input, context),
  (_before, after, input, now, context) =>
    incidentEvent(
      incidentSystemsFrozen,
      after,
      now,
      { systems: input.systems.map((s) => s.trim()), allAffectedFrozen: unfrozenSystems(after).length === 0 },
      context,
    ),
);

/** The GM or the GM office meeting names the spokesperson. */
export const nameIncidentSpokesperson = step(
  INCIDENT_ROLES.nameSpokesperson,
  (incident, input: Versioned & { spokesperson: string }, context) =>
    nameSpokesperson(incident, input, context),
  (_before, after, _input, now, context) =>
    incidentEvent(incidentSpokespersonNamed, after, now, { spokesperson: after.spokesperson! }, context),
);

/** The response starts: a data leak's systems are frozen, a crisis has its spokesperson. */
export const startIncidentResponse = step(
  INCIDENT_ROLES.respond,
  (incident, _input: Versioned, context) => startResponse(incident, context),
  (_before, after, _input, now, context) => incidentEvent(incidentResponseStarted, after, now, {}, context),
);

/** The regulator or the customers were notified. */
export const recordIncidentNotification = step(
  INCIDENT_ROLES.respond,
  (incident, input: Versioned & { recipient: Recipient; reference?: string | null }, context) =>
    recordNotification(incident, input, context),
  (_before, after, input, now, context) => {
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
      context,
    );
  },
);

/** The incident is resolved and its frozen systems released. */
export const resolveIncidentCase = step(
  INCIDENT_ROLES.respond,
  (incident, input: Versioned & { resolution: string }, context) => resolveIncident(incident, input, context),
  (before, after, _input, now, context) =>
    incidentEvent(incidentResolved, after, now, { releasedSystems: frozenSystems(before) }, context),
);
