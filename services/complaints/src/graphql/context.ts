import type { Connection, RequestContext } from '@care/service-kit';
import type DataLoader from 'dataloader';
import type { CustomerListRequest } from '../application/list-complaints';
import type { Deps } from '../application/ports';
import type { Complaint, Tier } from '../domain/complaint';

export interface Context extends RequestContext {
  deps: Deps;
  loaders: {
    complaint: DataLoader<string, Complaint | null>;
    tier: DataLoader<string, Tier>;
    customerComplaints: DataLoader<CustomerListRequest, Connection<Complaint>, string>;
  };
}
