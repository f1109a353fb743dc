import type { RequestContext } from '@care/service-kit';
import type DataLoader from 'dataloader';
import type { Consent, Deps, Interaction } from '../application/ports';
import type { Campaign } from '../domain/campaign';
import type { Customer } from '../domain/customer';
import type { Freeze } from '../domain/freeze';
import type { LoyaltyPolicy } from '../domain/policy';

export interface Context extends RequestContext {
  deps: Deps;
  loaders: {
    customer: DataLoader<string, Customer | null>;
    consents: DataLoader<string, Consent[]>;
    freezes: DataLoader<string, Freeze[]>;
    /** Keyed `${year}:${customerId}`. */
    annualSpend: DataLoader<string, string, string>;
    campaign: DataLoader<string, Campaign | null>;
    interactions: DataLoader<string, Interaction[]>;
    /** Keyed `${field}:${customerId}`: records an unmasked read (batched into one audit event). */
    personalDataRead: DataLoader<string, true>;
    /** The policy in force, read once per request. */
    policy: DataLoader<'current', LoyaltyPolicy>;
  };
}
