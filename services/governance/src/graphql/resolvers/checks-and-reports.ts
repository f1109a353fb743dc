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
import { inputMutation, pageArgsOf, useCaseOn } from '../resolver-forms';

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
  findings: (r, args, ctx, info) =>
    reviewFindings(ctx.deps, r, { ...pageArgsOf(args, info), part: args.part }),
};

export const checkQueries: QueryResolvers = {
  checkSample: useCaseOn('month', getCheckSample),
  interactionCoverage: useCaseOn('month', interactionCoverage),
  yearlyReview: useCaseOn('year', getYearlyReview),
  monthlyReport: useCaseOn('month', getMonthlyReport),
  quarterlyCustomerProfile: useCaseOn('quarter', getQuarterlyCustomerProfile),
};

export const checkMutations: MutationResolvers = {
  runMonthlySample: inputMutation(runMonthlySample),
  recordSampleFinding: inputMutation(recordSampleFinding),
  runYearlyReview: inputMutation(runYearlyReview),
  openReviewFindingRectification: (_root, { input: { findingId, rectification } }, ctx) =>
    openReviewRectification(ctx.deps, ctx, { findingId, ...rectification }),
};
