import type { RequestContext } from '@care/service-kit';
import type { Deps } from '../application/ports';

export interface Context extends RequestContext {
  deps: Deps;
}
