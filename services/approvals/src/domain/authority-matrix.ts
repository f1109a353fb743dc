import type { Department } from '@care/domain-kernel';
import type { Authority } from './authority';
import { DEFAULT_POLICY_DOCUMENT, type ApprovalType, type AuthorityPolicyDocument } from './authority-policy';
import { routeOf } from './route';

export type { Authority } from './authority';
export type { ApprovalType } from './authority-policy';

/**
 * Who finally decides a request of this type and amount (CNY) by the authority matrix (DOMAIN 3.1): the
 * authority of the last step of its chain under the policy (version 1 unless another is given).
 */
export function requiredAuthority(
  type: ApprovalType,
  amountCny: string,
  policy: AuthorityPolicyDocument = DEFAULT_POLICY_DOCUMENT,
  department: Department | null = null,
): Authority {
  return routeOf(policy, type, amountCny, department).requiredAuthority;
}
