import { authorised, eventContextOf } from '@care/service-kit';
import {
  publishPolicy,
  type AuthorityPolicyDocument,
  type AuthorityPolicyVersion,
} from '../domain/authority-policy';
import { policyPublishedEvent } from './events';
import type { Deps } from './ports';

/**
 * The GM publishes a new version of the authority policy, in force from a date (DOMAIN 3.1, 3.2). The
 * event puts it in the audit trail; requests already routed keep the version they were routed by.
 */
export const publishAuthorityPolicy = authorised(
  ['gm'],
  async (
    deps: Deps,
    caller,
    input: { effectiveFrom?: Date | null; document: AuthorityPolicyDocument },
  ): Promise<AuthorityPolicyVersion> => {
    const now = deps.clock.now();
    return deps.unitOfWork(async (tx) => {
      const policy = publishPolicy(input, {
        version: (await tx.policies.latestVersion()) + 1,
        publishedBy: caller.actor.sub,
        now,
      });
      const superseded = await tx.policies.inForceAt(policy.effectiveFrom);
      await tx.policies.insert(policy);
      await tx.outbox.enqueue(
        policyPublishedEvent(policy, superseded?.version ?? null, eventContextOf(caller)),
      );
      return policy;
    });
  },
);
