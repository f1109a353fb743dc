import { Decimal } from 'decimal.js';
import DataLoader from 'dataloader';
import { readEmergencyBudget, recordEmergencySpending } from '../../application/emergency-spending';
import {
  freezeIncidentSystems,
  nameIncidentSpokesperson,
  recordIncidentNotification,
  reportIncidentCase,
  resolveIncidentCase,
  startIncidentResponse,
} from '../../application/incident-steps';
import { getIncident, listIncidents, spendingOfIncidents } from '../../application/read-incidents';
import type { EmergencySpending } from '../../domain/emergency-budget';
import { notificationLate, notificationOverdue, unfrozenSystems } from '../../domain/incident';
import type {
  IncidentNotificationResolvers,
  IncidentResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { byIdQuery, inputMutation, listQuery } from '../resolver-forms';
import { requestLoader } from '../request-loaders';

/** The spending of every incident a request shows, in one statement. */
const spendingOf = (ctx: Context) =>
  requestLoader(
    ctx,
    'incidentSpending',
    () => new DataLoader<string, EmergencySpending[]>(async (ids) => spendingOfIncidents(ctx.deps, ids)),
  );

export const Incident: IncidentResolvers = {
  unfrozenSystems: (i) => unfrozenSystems(i),
  spending: (i, _args, ctx) => spendingOf(ctx).load(i.id),
  spentTotal: async (i, _args, ctx) =>
    (await spendingOf(ctx).load(i.id)).reduce((sum, s) => sum.plus(s.amount), new Decimal(0)).toFixed(2),
};

export const IncidentNotification: IncidentNotificationResolvers = {
  late: (n) => notificationLate(n),
  overdue: (n, _args, ctx) => notificationOverdue(n, ctx.deps.clock.now()),
};

export const incidentQueries: QueryResolvers = {
  incident: byIdQuery(getIncident),
  incidents: listQuery(listIncidents),
  emergencyBudget: (_root, { year }, ctx) => readEmergencyBudget(ctx.deps, ctx.actor, year),
};

export const incidentMutations: MutationResolvers = {
  reportIncident: inputMutation(reportIncidentCase),
  freezeIncidentSystems: inputMutation(freezeIncidentSystems),
  nameIncidentSpokesperson: inputMutation(nameIncidentSpokesperson),
  startIncidentResponse: inputMutation(startIncidentResponse),
  recordIncidentNotification: inputMutation(recordIncidentNotification),
  resolveIncident: inputMutation(resolveIncidentCase),
  recordEmergencySpending: inputMutation(recordEmergencySpending),
};
