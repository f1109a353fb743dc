import type { RequestContext } from '@care/service-kit';
import type DataLoader from 'dataloader';
import type { Deps } from '../application/ports';
import type { ApprovalRequest } from '../domain/approval-request';
import type { Payment } from '../domain/payment';

export interface Context extends RequestContext {
  deps: Deps;
  loaders: {
    approvalRequest: DataLoader<string, ApprovalRequest | null>;
    /** A page of requests reads its payments in one statement. */
    payments: DataLoader<string, Payment[]>;
  };
}
