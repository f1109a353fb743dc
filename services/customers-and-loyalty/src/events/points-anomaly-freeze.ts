import { complaintClassified } from '@care/contracts';
import { subscription, type Subscription } from '@care/messaging';
import { freezeOnComplaint } from '../application/freeze-on-complaint';
import type { Deps } from '../application/ports';
import { reaction } from './reaction';

/** Complaints: a points-anomaly classification freezes the account (DOMAIN 2.6). */
export const pointsAnomalyFreeze = (deps: Deps): Subscription =>
  subscription('points-anomaly-freeze', reaction(deps, complaintClassified, freezeOnComplaint));
