import { getMonthlyReport, getQuarterlyCustomerProfile } from '../../application/activity-reports';
import { openReviewRectification } from '../../application/open-review-rectification';
import {
  getCheckSample,
  getYearlyReview,
  interactionCoverage,
  reviewFindings,
  sampledFiles,
  sampleFindings,
  sampleReproduced,
} from '../../application/read-checks';
import { recordSampleFinding } from '../../application/record-sample-finding';
import { runMonthlySample } from '../../application/run-monthly-sample';
import { runYearlyReview } from '../../application/run-yearly-review';
import type {
  CheckSampleResolvers,
  KpiResolvers,
  MutationResolvers,
  QueryResolvers,
  YearlyReviewResolvers,
} from '../__generated__/resolvers-types';

export const Kpi: KpiResolvers = {
  target: (k) => k.target?.value ?? null,
  comparison: (k) => k.target?.comparison ?? null,
};

export const CheckSample: CheckSampleResolvers = {
  files: (s, _args, ctx) => sampledFiles(ctx.deps, s),
  findings: (s, _args, ctx) => sampleFindings(ctx.deps, s),
  reproduced: (s, _args, ctx) => sampleReproduced(ctx.deps, s),
};

export const YearlyReview: YearlyReviewResolvers = {
  findings: (r, args, ctx) => reviewFindings(ctx.deps, r, args),
};

export const checkQueries: Pick<
  QueryResolvers,
  'checkSample' | 'interactionCoverage' | 'yearlyReview' | 'monthlyReport' | 'quarterlyCustomerProfile'
> = {
  checkSample: (_root, { month }, ctx) => getCheckSample(ctx.deps, ctx, month),
  interactionCoverage: (_root, { month }, ctx) => interactionCoverage(ctx.deps, ctx, month),
  yearlyReview: (_root, { year }, ctx) => getYearlyReview(ctx.deps, ctx, year),
  monthlyReport: (_root, { month }, ctx) => getMonthlyReport(ctx.deps, ctx, month),
  quarterlyCustomerProfile: (_root, { quarter }, ctx) => getQuarterlyCustomerProfile(ctx.deps, ctx, quarter),
};

export const checkMutations: Pick<
  MutationResolvers,
  'runMonthlySample' | 'recordSampleFinding' | 'runYearlyReview' | 'openReviewFindingRectification'
> = {
  runMonthlySample: (_root, { input }, ctx) => runMonthlySample(ctx.deps, ctx, input),
  recordSampleFinding: (_root, { input }, ctx) => recordSampleFinding(ctx.deps, ctx, input),
  runYearlyReview: (_root, { input }, ctx) => runYearlyReview(ctx.deps, ctx, input),
  openReviewFindingRectification: (_root, { input: { findingId, rectification } }, ctx) =>
    openReviewRectification(ctx.deps, ctx, { findingId, ...rectification }),
};
