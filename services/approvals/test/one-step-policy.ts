import type { Routing } from '../src/domain/approval-request';
import {
  APPROVAL_TYPES,
  type AuthorityPolicyDocument,
  type PolicyBand,
} from '../src/domain/authority-policy';

const matrix: PolicyBand[] = [
  { upTo: '10000', steps: [{ authority: 'DEPARTMENT_HEAD' }] },
  { upTo: '100000', steps: [{ authority: 'VP' }] },
  { steps: [{ authority: 'GM_OFFICE_MEETING' }] },
];

/**
 * The authority matrix as it routed requests before chains (DOMAIN 3.1): one step per request, the
 * department head, the VP or the GM office meeting by amount, a points redemption the loyalty supervisor
 * or from 5,000 CNY the GM. Requests migrated from then have this shape; the unit tests of single
 * decisions route by it.
 */
export const ONE_STEP_POLICY: AuthorityPolicyDocument = {
  rules: APPROVAL_TYPES.map((type) => ({
    type,
    workingDays: 2,
    bands:
      type === 'POINTS_REDEMPTION'
        ? [{ below: '5000', steps: [{ authority: 'LOYALTY_SUPERVISOR' }] }, { steps: [{ authority: 'GM' }] }]
        : matrix,
  })),
};

/** Routing by the one-step matrix, every step and request due at `due`. */
export const oneStepRouting = (due: Date): Routing => ({
  policy: { version: null, document: ONE_STEP_POLICY },
  addWorkingDays: () => ({ value: due, provisional: false }),
});
