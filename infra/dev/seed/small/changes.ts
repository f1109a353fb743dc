import type { ChangePlan } from '../changes';
import { STAFF } from '../staff';

/**
 * Four data change requests (DOMAIN 2.5), entered by the service desk or sales with the customer's ID
 * photo: two waiting in the reviewers' queue, one applied and one rejected by a second person.
 */
export function smallChanges(customerId: (name: string) => string): ChangePlan[] {
  return [
    {
      key: 'chen-hao-phone',
      customerId: customerId('Chen Hao'),
      changes: { phone: '13900001288' },
      enteredBy: STAFF.specialist,
      review: { by: STAFF.sales, approve: true },
    },
    {
      key: 'li-na-language',
      customerId: customerId('Li Na'),
      changes: { preferredLanguage: 'en' },
      enteredBy: STAFF.specialist,
      review: {
        by: STAFF.sales,
        approve: false,
        reason: 'The ID photo is of another person: the request was entered on the wrong account.',
      },
    },
    {
      key: 'james-carter-email',
      customerId: customerId('James Carter'),
      changes: { email: 'purchasing@carter-imports.example' },
      enteredBy: STAFF.sales,
    },
    {
      key: 'tang-yi-phone',
      customerId: customerId('Tang Yi'),
      changes: { phone: '+852 5550 1204', preferredLanguage: 'en' },
      enteredBy: STAFF.specialist,
    },
  ];
}
