import { refuse } from '@care/domain-kernel';
import { authorised, type Caller, eventContextOf } from '@care/service-kit';
import { assertMayOpen, SAMPLE_ROLES } from '../domain/access';
import { type FindingOutcome, recordFinding, type SampleFinding } from '../domain/check-sample';
import type { RectificationSeverity } from '../domain/rectification';
import { openFindingRectification } from './check-rectification';
import { findingRecordedEvent } from './events';
import type { Deps } from './ports';
import { tracedUnitOfWork } from './traced-unit-of-work';

export interface RecordSampleFindingInput {
  sampleId: string;
  customerId?: string | null;
  outcome: FindingOutcome;
  note: string;
  /** A nonconformity to be put right: a rectification item (source CHECK) opens with the finding. */
  rectification?: {
    severity: RectificationSeverity;
    ownerDepartment?: string | null;
    description?: string | null;
  } | null;
}

/** DOMAIN 4.2: internal control records what the month's check found, opening a rectification item if asked. */
export const recordSampleFinding = authorised(
  SAMPLE_ROLES,
  async (deps: Deps, caller: Caller, input: RecordSampleFindingInput): Promise<SampleFinding> => {
    if (input.rectification) assertMayOpen(caller.actor, 'CHECK');
    const now = deps.clock.now();
    const context = eventContextOf(caller);
    return tracedUnitOfWork(deps)(async (tx) => {
      const sample = await tx.checks.sampleById(input.sampleId);
      if (!sample) throw refuse.notFound('Sample', input.sampleId);
      const rectify = input.rectification ?? null;
      const finding = recordFinding(
        sample,
        { ...input, rectify: rectify !== null },
        { id: deps.newId(), actor: caller.actor.sub, now },
      );
      const item = rectify
        ? await openFindingRectification(
            deps,
            tx,
            {
              source: 'CHECK',
              severity: rectify.severity,
              ownerDepartment: rectify.ownerDepartment ?? null,
              description:
                rectify.description?.trim() ||
                `Monthly check ${sample.month}${finding.customerId ? `, customer file ${finding.customerId}` : ''}: ${finding.note}`,
            },
            { findingId: finding.id, actor: caller.actor.sub, at: now, context },
          )
        : null;
      const recorded = { ...finding, rectificationItemId: item?.id ?? null };
      await tx.checks.insertFinding(recorded);
      await tx.outbox.enqueue(findingRecordedEvent(recorded, sample.month, context));
      return recorded;
    });
  },
);
