/** How approvals decided one of loyalty's requests (a redemption, a discount, a campaign; DOMAIN 3.1). */
export type ApprovalOutcome = 'APPROVED' | 'REJECTED' | 'WITHDRAWN';
