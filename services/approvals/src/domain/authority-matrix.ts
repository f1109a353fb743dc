import { Decimal } from 'decimal.js';

export type Authority = 'DEPARTMENT_HEAD' | 'VP' | 'GM_OFFICE_MEETING' | 'LOYALTY_SUPERVISOR' | 'GM';
export type ApprovalType =
  'EXPENSE' | 'PURCHASE' | 'POINTS_REDEMPTION' | 'DISCOUNT' | 'COMPENSATION' | 'CAMPAIGN' | 'OTHER';

/**
 * The authority matrix (DOMAIN 3.1) as policy data, amounts in CNY. A band applies up to and including
 * its `upTo`; the last band has none.
 */
export interface AuthorityPolicy {
  general: { upTo: string | null; authority: Authority }[];
  pointsRedemption: { gmFrom: string };
}

export const DEFAULT_AUTHORITY_POLICY: AuthorityPolicy = {
  general: [
    { upTo: '10000', authority: 'DEPARTMENT_HEAD' },
    { upTo: '100000', authority: 'VP' },
    { upTo: null, authority: 'GM_OFFICE_MEETING' },
  ],
  pointsRedemption: { gmFrom: '5000' },
};

/** Who must approve a request of this type and amount (CNY). */
export function requiredAuthority(
  type: ApprovalType,
  amountCny: string,
  policy: AuthorityPolicy = DEFAULT_AUTHORITY_POLICY,
): Authority {
  const amount = new Decimal(amountCny);
  if (amount.isNegative()) throw new RangeError('an approval amount cannot be negative');
  if (type === 'POINTS_REDEMPTION') {
    return amount.greaterThanOrEqualTo(policy.pointsRedemption.gmFrom) ? 'GM' : 'LOYALTY_SUPERVISOR';
  }
  const band = policy.general.find((b) => b.upTo === null || amount.lessThanOrEqualTo(b.upTo));
  if (!band) throw new Error('the authority policy has no open-ended top band');
  return band.authority;
}
