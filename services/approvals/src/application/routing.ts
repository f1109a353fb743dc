import type { Routing } from '../domain/approval-request';
import type { AuthorityPolicyVersion } from '../domain/authority-policy';
import type { AuthorityPolicyRepository, WorkingTime } from './ports';

/** The policy version in force at that moment (version 1 is there from the service's migrations). */
export async function policyInForce(
  policies: AuthorityPolicyRepository,
  at: Date,
): Promise<AuthorityPolicyVersion> {
  const policy = await policies.inForceAt(at);
  if (!policy) throw new Error(`no authority policy is in force at ${at.toISOString()}`);
  return policy;
}

/**
 * The policy a request is routed by: the version it was routed by when it has one (requests in flight
 * keep theirs), else the one in force.
 */
export async function policyOf(
  policies: AuthorityPolicyRepository,
  version: number | null,
  at: Date,
): Promise<AuthorityPolicyVersion> {
  const own = version === null ? null : await policies.byVersion(version);
  return own ?? policyInForce(policies, at);
}

/** Routing by this policy version on the company calendar. */
export const routingBy = (
  policy: Pick<AuthorityPolicyVersion, 'version' | 'document'>,
  calendar: WorkingTime,
): Routing => ({
  policy: { version: policy.version, document: policy.document },
  addWorkingDays: (from, days) => calendar.addWorkingDays(from, days),
});
