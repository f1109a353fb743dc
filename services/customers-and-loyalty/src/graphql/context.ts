import type { RequestContext } from '@care/service-kit';
import type DataLoader from 'dataloader';
import type { Deps } from '../application/ports';
import type { Customer } from '../domain/customer';

export interface Context extends RequestContext {
  deps: Deps;
  loaders: { customer: DataLoader<string, Customer | null> };
}
