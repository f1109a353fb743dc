import type { Category } from '../types';

/** What customers write, by category: the description and what they expect. */
export const COMPLAINT_TEXTS: Record<Category, [string, string][]> = {
  PRODUCT_QUALITY: [
    ['The silk scarf frayed at the hem after one wear', 'A replacement scarf'],
    ['The cotton shirts shrank two sizes in the first wash', 'A refund or larger sizes'],
    ['The linen tablecloth has a weaving fault across the middle', 'An exchange'],
    ['The dye of the silk blouse ran onto other clothes', 'A refund and cleaning costs'],
    ['Pilling on the cotton bed sheets within a month', 'A replacement set'],
    ['The colour of the delivered bolts differs from the sample', 'Bolts matching the sample'],
  ],
  LOGISTICS_DELAY: [
    ['The parcel has not moved for a week', 'Delivery this week'],
    ['Delivered to the wrong address', 'Redelivery to the right address'],
    ['Half of the order arrived; the rest is missing', 'The missing items by express'],
    ['The cartons arrived crushed and wet', 'Replacement of the damaged goods'],
    ['The shipment is stuck in customs', 'Clearance and delivery'],
  ],
  SERVICE_ATTITUDE: [
    ['The hotline hung up while transferring the call', 'A call back from a supervisor'],
    ['The shop assistant was rude about a return', 'An apology'],
    ['Waited 40 minutes on the hotline', 'An explanation'],
    ['Nobody answered three e-mails about the order', 'An answer and a contact person'],
  ],
  POINTS_ANOMALY: [
    ['Points disappeared from the account overnight', 'The points restored'],
    ['The points of last month’s order were never credited', 'The missing points'],
    ['The birthday double points were not applied', 'The missing points'],
  ],
  BILLING: [
    ['Charged twice for the same order', 'A refund of the second charge'],
    ['The member discount was not applied at checkout', 'The difference refunded'],
    ['The invoice carries the wrong company tax number', 'A corrected invoice'],
    ['The invoice is in CNY instead of the agreed currency', 'An invoice in the right currency'],
  ],
  OTHER: [
    ['The membership card never arrived', 'A new card'],
    ['Cannot log in to the member site', 'Access restored'],
    ['The catalogue lists products that are no longer sold', 'An updated catalogue'],
  ],
};

export const INQUIRIES = [
  'How are points counted when part of an order is returned?',
  'When does the Gold quarterly discount apply?',
  'Can points be transferred to a family member?',
  'Which fabrics are suitable for machine washing?',
];

export const SUGGESTIONS = [
  'Please print the care labels in more languages',
  'Offer gift wrapping for silk scarves',
  'Send a reminder before points expire',
];

export const PRODUCTS = ['SK-SC-101', 'SK-BL-032', 'CT-SH-110', 'CT-BS-220', 'LN-TC-180', 'LN-CU-300'];
