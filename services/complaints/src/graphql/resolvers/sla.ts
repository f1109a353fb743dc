import type { SlaResolvers } from '../__generated__/resolvers-types';

const HOUR_MS = 3_600_000;

export const Sla: SlaResolvers = {
  firstResponseTargetHours: (sla) => sla.firstResponseHours,
  resolutionTargetHours: (sla) => sla.resolutionHours,
  paused: (sla) => sla.pausedSince !== null,
  pausedWorkingHours: (sla) => Math.round((sla.pausedMs / HOUR_MS) * 100) / 100,
  // Marked by the breach job, or past due now and not met (the job may not have run yet).
  firstResponseBreached: (sla, _args, ctx) =>
    sla.firstResponseBreached ||
    (!sla.firstRespondedAt && !sla.pausedSince && ctx.deps.clock.now() > sla.firstResponseDueAt),
  resolutionBreached: (sla, _args, ctx) =>
    sla.resolutionBreached ||
    (sla.resolvedAt ? sla.onTime === false : !sla.pausedSince && ctx.deps.clock.now() > sla.resolutionDueAt),
};
