import { complaintCompensationGranted } from '@care/contracts';
import { subscription, type Subscription } from '@care/messaging';
import { creditCompensation } from '../application/credit-compensation';
import type { Deps } from '../application/ports';
import { reaction } from './reaction';

/** Complaints: a granted compensation credits its points (a COMPENSATE entry, once per solution). */
export const compensation = (deps: Deps): Subscription =>
  subscription('compensation', reaction(deps, complaintCompensationGranted, creditCompensation));
