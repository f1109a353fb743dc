import type { ChangePlan } from '../changes';
import { pad } from '../dates';
import { STAFF } from '../staff';
import { ascii, type Row } from './customers';
import type { LargeChange, LargeCustomer, LargePlan } from './plan';

/** Why a second person turned a request down. */
const REJECTIONS = [
  'The ID photo is of another person: the request was entered on the wrong account.',
  'The ID photo is unreadable: the customer was asked for a new one.',
  'The customer called back: the old details are still right.',
];

/** The new value of the field a request changes: unique to the customer, in its region's format. */
function newValue(change: LargeChange, customer: LargeCustomer): ChangePlan['changes'] {
  const n = customer.index + 1;
  const { code, language } = customer.region;
  switch (change.field) {
    case 'email':
      return { email: `${ascii(customer.name)}.${pad(n, 5)}@mail.example.net` };
    case 'phone':
      return {
        phone: code.startsWith('CN')
          ? `1${3 + ((n + 3) % 6)}${pad((n * 15_485_863) % 1_000_000_000, 9)}`
          : code === 'HK'
            ? `+852 ${pad((n * 7_368_787) % 100_000_000, 8)}`
            : `+00 556 ${pad(n, 5)}`,
      };
    case 'preferredLanguage':
      return { preferredLanguage: language === 'en' ? 'zh-CN' : 'en' };
  }
}

/** The plan's change requests, for seedChangeRequests: reviewed by the other member of staff. */
export function largeChanges(plan: LargePlan, rows: Row[]): ChangePlan[] {
  return plan.changes.map((change) => {
    const customer = plan.customers[change.customerIndex]!;
    const reviewer = STAFF[change.enteredBy === 'specialist' ? 'sales' : 'specialist'];
    return {
      key: change.key,
      customerId: rows[change.customerIndex]!.id,
      changes: newValue(change, customer),
      enteredBy: STAFF[change.enteredBy],
      ...(change.review === 'APPROVE'
        ? { review: { by: reviewer, approve: true as const } }
        : change.review === 'REJECT'
          ? {
              review: {
                by: reviewer,
                approve: false as const,
                reason: REJECTIONS[customer.index % REJECTIONS.length]!,
              },
            }
          : {}),
    };
  });
}
