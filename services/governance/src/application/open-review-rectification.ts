import { refuse } from '@care/domain-kernel';
import { authorised, type Caller, eventContextOf } from '@care/service-kit';
import { assertMayOpen, REVIEW_ROLES } from '../domain/access';
import type { RectificationItem, RectificationSeverity } from '../domain/rectification';
import { openFindingRectification } from './check-rectification';
import type { Deps } from './ports';
import { tracedUnitOfWork } from './traced-unit-of-work';

/**
 * DOMAIN 4.2-4.4: audit puts a finding of its yearly review right: a rectification item (source AUDIT,
 * the finding as its source id) for the responsible department, one per finding.
 */
export const openReviewRectification = authorised(
  REVIEW_ROLES,
  async (
    deps: Deps,
    caller: Caller,
    input: {
      findingId: string;
      severity: RectificationSeverity;
      ownerDepartment?: string | null;
      description?: string | null;
    },
  ): Promise<RectificationItem> => {
    assertMayOpen(caller.actor, 'AUDIT');
    const now = deps.clock.now();
    return tracedUnitOfWork(deps)(async (tx) => {
      const finding = await tx.checks.lockReviewFinding(input.findingId);
      if (!finding) throw refuse.notFound('Review finding', input.findingId);
      const item = await openFindingRectification(
        deps,
        tx,
        {
          source: 'AUDIT',
          severity: input.severity,
          ownerDepartment: input.ownerDepartment ?? null,
          description: input.description?.trim() || finding.description,
        },
        { findingId: finding.id, actor: caller.actor.sub, at: now, context: eventContextOf(caller) },
      );
      await tx.checks.linkReviewFinding(finding.id, item.id);
      return item;
    });
  },
);
