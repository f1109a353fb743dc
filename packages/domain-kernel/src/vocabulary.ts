// The business words that several services and the public event contracts share: each spelled here once.

/** What an approval is asked for (DOMAIN 3.1): the business type of a request. */
export const APPROVAL_TYPES = [
  'EXPENSE',
  'PURCHASE',
  'POINTS_REDEMPTION',
  'DISCOUNT',
  'COMPENSATION',
  'CAMPAIGN',
  'OTHER',
] as const;
export type ApprovalType = (typeof APPROVAL_TYPES)[number];

/**
 * The authorities that decide the steps of an approval (DOMAIN "Who uses it", 3.1, 3.2): the line
 * (department head, VP in charge, GM, GM office meeting), the control functions on the regular route
 * (internal control, finance), the Diamond-account (loyalty) supervisor and customer service's own levels
 * (DOMAIN 1.12).
 */
export const AUTHORITIES = [
  'DEPARTMENT_HEAD',
  'INTERNAL_CONTROL',
  'FINANCE',
  'VP',
  'GM',
  'GM_OFFICE_MEETING',
  'LOYALTY_SUPERVISOR',
  'CS_SPECIALIST',
  'CS_MANAGER',
  'CS_DIRECTOR',
] as const;
export type Authority = (typeof AUTHORITIES)[number];

/** A complaint's category (DOMAIN 1.3), which routes it (DOMAIN 1.4). */
export const COMPLAINT_CATEGORIES = [
  'PRODUCT_QUALITY',
  'LOGISTICS_DELAY',
  'SERVICE_ATTITUDE',
  'POINTS_ANOMALY',
  'BILLING',
  'OTHER',
] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];
