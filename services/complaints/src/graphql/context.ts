import type { Connection, RequestContext } from '@care/service-kit';
import DataLoader from 'dataloader';
import {
  customerListKey,
  listComplaintsOfCustomers,
  type CustomerListRequest,
} from '../application/list-complaints';
import type { Deps } from '../application/ports';
import type { Complaint, Tier } from '../domain/complaint';

export interface Context extends RequestContext {
  deps: Deps;
  loaders: {
    complaint: DataLoader<string, Complaint | null>;
    /** The complaint holding a solution, by the solution's id in lower case. */
    complaintOfSolution: DataLoader<string, Complaint | null>;
    tier: DataLoader<string, Tier>;
    customerComplaints: DataLoader<CustomerListRequest, Connection<Complaint>, string>;
  };
}

/** A request's context: the service's use cases and the request's own loaders (one batch per tick). */
export function requestContext(base: RequestContext, deps: Deps): Context {
  return {
    ...base,
    deps,
    loaders: {
      complaint: new DataLoader<string, Complaint | null>(async (ids) => {
        const found = new Map((await deps.complaints.findByIds(ids)).map((c) => [c.id, c]));
        return ids.map((id) => found.get(id) ?? null);
      }),
      complaintOfSolution: new DataLoader<string, Complaint | null>(async (solutionIds) => {
        const bySolution = new Map(
          (await deps.complaints.findBySolutionIds(solutionIds)).flatMap((c) =>
            c.solutions.map((s) => [s.id.toLowerCase(), c] as const),
          ),
        );
        return solutionIds.map((id) => bySolution.get(id) ?? null);
      }),
      // Customer.complaints of every customer in a request: one batch per set of arguments.
      customerComplaints: new DataLoader<CustomerListRequest, Connection<Complaint>, string>(
        (requests) => listComplaintsOfCustomers(deps, requests),
        { cacheKeyFn: customerListKey },
      ),
      tier: new DataLoader<string, Tier>(async (ids) => {
        const found = await deps.tiers.tiersOf(ids);
        return ids.map((id) => found.get(id) ?? 'MEMBER');
      }),
    },
  };
}
