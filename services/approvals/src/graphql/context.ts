import type { RequestContext } from '@care/service-kit';
import type DataLoader from 'dataloader';
import type { Deps } from '../application/ports';
import type { ApprovalRequest } from '../domain/approval-request';

export interface Context extends RequestContext {
  deps: Deps;
  loaders: { approvalRequest: DataLoader<string, ApprovalRequest | null> };
}
