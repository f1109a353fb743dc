import type { EventContext } from '@care/contracts';
import { isMajorCase } from '../domain/freeze';
import type { WorkingTime } from '../domain/working-time';
import { freeze } from './freeze-account';
import type { Transaction } from './ports';

/**
 * DOMAIN 2.6: a points-anomaly complaint freezes the customer's account, recorded with the 2-hour
 * deadline counted from the classification and the 3-day investigation deadline. Once per complaint.
 */
export async function freezeOnComplaint(
  tx: Transaction,
  complaint: {
    complaintId: string;
    customerId: string;
    category: string;
    urgency: string;
    complexity: string;
    classifiedAt: string;
  },
  deps: { now: Date; calendar: WorkingTime; newId: () => string },
  context: EventContext,
): Promise<'frozen' | 'ignored'> {
  if (complaint.category !== 'POINTS_ANOMALY') return 'ignored';
  if (await tx.customers.freezeByComplaint(complaint.complaintId)) return 'ignored';
  const customer = await tx.customers.lock(complaint.customerId);
  if (!customer || customer.status === 'DEACTIVATED') return 'ignored';
  await freeze(
    tx,
    customer,
    {
      id: deps.newId(),
      source: 'COMPLAINT',
      complaintId: complaint.complaintId,
      reason: 'points anomaly reported in a complaint',
      reportedAt: new Date(complaint.classifiedAt),
      frozenBy: 'customers-and-loyalty',
      major: isMajorCase(complaint.urgency, complaint.complexity),
    },
    deps.now,
    deps.calendar,
    context,
  );
  return 'frozen';
}
