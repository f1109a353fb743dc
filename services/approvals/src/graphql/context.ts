import type { RequestContext } from '@care/service-kit';
import type DataLoader from 'dataloader';
import type { Deps } from '../application/ports';
import type { ApprovalReference, ApprovalRequest } from '../domain/approval-request';
import type { Payment } from '../domain/payment';

export interface Context extends RequestContext {
  deps: Deps;
  loaders: {
    approvalRequest: DataLoader<string, ApprovalRequest | null>;
    /** The requests approving the redemptions, discounts and campaigns of a batch, in one lookup. */
    approvalBySubject: DataLoader<ApprovalReference, ApprovalRequest | null, string>;
    /** A page of requests reads its payments in one statement. */
    payments: DataLoader<string, Payment[]>;
  };
}
