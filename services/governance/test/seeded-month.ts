import { randomUUID } from 'node:crypto';
import {
  campaignApproved,
  campaignClosed,
  campaignInteractionRecorded,
  campaignSubmitted,
  complaintClosed,
  complaintFollowUpRecorded,
  complaintReopened,
  complaintStepRecorded,
  customerRegistered,
  purchaseRecorded,
  purchaseReturned,
  tierChanged,
} from '@care/contracts';
import type { TestActor } from '@care/testing';
import { auditFinding, wrongCustomerData, type GovernanceHarness } from './harness';
import { streamEvents } from './stream-events';

const at = (day: string) => `2026-${day}T02:00:00.000Z`;

/** The audit finding of March that marketing puts right. */
const MARKETING_FINDING = auditFinding({
  sourceId: 'AR-2026-003',
  description: 'Campaign records incomplete',
  ownerDepartment: 'MARKETING',
});

/**
 * March 2026 (and the months before it) as loyalty, complaints and approvals told it, plus what governance
 * itself recorded that month (violations, an audit finding): the figures the report tests compute by hand.
 */
export async function seedMarch(h: GovernanceHarness) {
  const e = streamEvents(h);
  const customer = (tier: 'MEMBER' | 'GOLD' | 'DIAMOND', registeredAt: string) => {
    const customerId = randomUUID();
    e.publish(customerRegistered, { customerId, tier, region: 'CN-ZJ', registeredAt });
    return customerId;
  };
  const [c1, c2, c3] = [1, 2, 3].map(() => customer('MEMBER', at('01-15')));
  const c4 = customer('GOLD', at('01-15'));
  const diamonds = [1, 2, 3, 4].map(() => customer('DIAMOND', '2025-01-10T02:00:00.000Z'));
  e.publish(tierChanged, {
    customerId: diamonds[3]!,
    from: 'DIAMOND',
    to: 'PLATINUM',
    reason: 'OVERRIDE',
    evaluationYear: null,
    annualSpend: null,
    effectiveAt: at('02-01'),
  });

  const buy = (customerId: string, amountCny: string, purchasedAt: string) => {
    const purchaseId = randomUUID();
    e.publish(purchaseRecorded, {
      ...purchaseRecorded.example,
      purchaseId,
      customerId,
      amount: amountCny,
      amountCny,
      purchasedAt,
    });
    return purchaseId;
  };
  buy(c1!, '1000.00', at('03-03'));
  buy(c1!, '500.00', at('03-10'));
  const returned = buy(c2!, '2000.00', at('03-12'));
  e.publish(purchaseReturned, {
    purchaseId: returned,
    customerId: c2!,
    returnNumber: 'RT-2026-0001',
    amountCny: '300.00',
    returnedAt: at('03-20'),
  });
  buy(c3!, '1500.00', '2026-04-01T02:00:00.000Z'); // April in Shanghai
  const [d1, d2, d3] = diamonds;
  for (const day of ['2025-02-10', '2025-03-10', '2025-05-10']) buy(d1!, '1000.00', `${day}T02:00:00.000Z`);
  buy(d1!, '1000.00', at('02-10'));
  buy(d2!, '1000.00', '2025-06-10T02:00:00.000Z');
  buy(d3!, '1000.00', '2025-07-10T02:00:00.000Z');

  const campaign = (budget: string, targetTiers: ('MEMBER' | 'GOLD')[], approvedAt: string) => {
    const campaignId = randomUUID();
    e.publish(campaignSubmitted, {
      ...campaignSubmitted.example,
      campaignId,
      targetTiers,
      budget,
      reference: { service: 'loyalty', aggregate: 'campaign', id: campaignId },
    });
    e.publish(campaignApproved, { campaignId, status: 'APPROVED', at: approvedAt });
    return campaignId;
  };
  const k1 = campaign('100.00', ['MEMBER'], at('02-20'));
  const k2 = campaign('200.00', ['GOLD'], at('03-01'));
  const contact = (customerId: string, cost: string, spent: string, when: string) =>
    e.publish(campaignInteractionRecorded, {
      ...campaignInteractionRecorded.example,
      campaignId: k1,
      interactionId: randomUUID(),
      customerId,
      cost,
      spent,
      budget: '100.00',
      at: when,
    });
  contact(c3!, '50.00', '50.00', at('02-25'));
  contact(c1!, '10.00', '60.00', at('03-05'));
  contact(c2!, '15.00', '75.00', at('03-06'));
  contact(c1!, '5.00', '80.00', at('03-07'));
  const close = (campaignId: string, spent: string, when: string) =>
    e.publish(campaignClosed, { campaignId, status: 'CLOSED', at: when, settleDueAt: at('04-10'), spent });
  close(k1, '80.00', at('03-25'));
  close(k2, '210.00', at('03-30'));

  const p0 = e.receiveComplaint(c3!, at('02-20'), 'COMPLAINT', 'SERVICE_ATTITUDE');
  e.resolveComplaint(p0, true, at('03-03'), at('03-10')); // its follow-up falls due in March and is not done
  e.publish(complaintReopened, { ...p0, reopenedAt: at('03-11') });
  const p1 = e.receiveComplaint(c4, at('03-02'), 'COMPLAINT', 'PRODUCT_QUALITY');
  e.resolveComplaint(p1, true, at('03-05'), at('03-20'));
  e.publish(complaintStepRecorded, {
    ...p1,
    step: 'FEEDBACK',
    status: 'RESOLVED',
    satisfaction: 5,
    department: null,
    recordedAt: at('03-05'),
  });
  e.publish(complaintFollowUpRecorded, {
    complaintId: p1.complaintId,
    newProblem: false,
    action: 'NONE',
    linkedComplaintId: null,
    recordedAt: at('03-18'),
  });
  e.publish(complaintClosed, {
    ...p1,
    kind: 'COMPLAINT',
    satisfaction: 5,
    onTime: true,
    closedAt: at('03-19'),
  });
  const p2 = e.receiveComplaint(c1!, at('03-04'), 'COMPLAINT', 'PRODUCT_QUALITY');
  e.resolveComplaint(p2, false, at('03-16'), at('04-05'));
  e.publish(complaintStepRecorded, {
    ...p2,
    step: 'IMPROVEMENT_ACTION_ADDED',
    status: 'CLOSED',
    satisfaction: null,
    department: 'QUALITY_CONTROL',
    recordedAt: at('03-17'),
  });
  e.publish(complaintClosed, {
    ...p2,
    kind: 'COMPLAINT',
    satisfaction: 3,
    onTime: false,
    closedAt: at('03-30'),
  });
  e.receiveComplaint(c2!, at('03-08'), 'COMPLAINT', 'LOGISTICS_DELAY'); // still open
  e.receiveComplaint(c4, at('03-09'), 'INQUIRY');
  e.receiveComplaint(c2!, at('03-11'), 'SUGGESTION');

  const [r1, r2] = [randomUUID(), randomUUID()];
  e.approveExpense(r1, '10000.00', at('03-05'));
  e.approveExpense(r2, '2000.00', at('02-10'));
  e.pay(r1, '6000.00', '10000.00', at('03-06'));
  e.pay(r2, '2000.00', '2000.00', at('03-08'));
  e.pay(r1, '5000.00', '10000.00', at('03-15')); // 11,000 paid on 10,000 approved

  // Governance's own March: three violations and an audit finding to put right.
  const compliance: TestActor = { sub: 'compliance-1', roles: ['compliance'] };
  for (const level of ['ORDINARY', 'ORDINARY', 'SERIOUS'])
    await h.ok(
      `mutation($input: OpenViolationInput!) { openViolation(input: $input) { id } }`,
      { input: wrongCustomerData({ level, cases: 1 }) },
      compliance,
    );
  await h.ok(
    `mutation($input: OpenRectificationItemInput!) { openRectificationItem(input: $input) { id } }`,
    { input: MARKETING_FINDING },
    { sub: 'audit-1', roles: ['audit'] },
  );
  return { events: e, reopenedComplaint: p0.complaintId };
}
