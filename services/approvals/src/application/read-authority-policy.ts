import type { Caller } from '@care/service-kit';
import type { AuthorityPolicyVersion } from '../domain/authority-policy';
import type { Deps } from './ports';
import { approvalReaderOf } from './read-approval-requests';

/**
 * `authorityPolicy(version)`: a published version, or the one in force now; null for a version never
 * published. Whoever reads approval requests reads the policy that routes them.
 */
export function readAuthorityPolicy(
  deps: Deps,
  caller: Pick<Caller, 'actor'>,
  version: number | null,
): Promise<AuthorityPolicyVersion | null> {
  approvalReaderOf(caller);
  return version === null ? deps.policies.inForceAt(deps.clock.now()) : deps.policies.byVersion(version);
}
