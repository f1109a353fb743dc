/** Every department of the company (DOMAIN.md "Who uses it"): a staff member's token names one. */
export const DEPARTMENTS = [
  'CUSTOMER_SERVICE',
  'SALES',
  'PURCHASING',
  'LOGISTICS',
  'QUALITY_CONTROL',
  'MARKETING',
  'FINANCE',
  'IT',
  'LEGAL',
  'INTERNAL_CONTROL',
  'AUDIT',
  'COMPLIANCE',
  'ADMINISTRATION',
  'HR',
  'MANAGEMENT',
] as const;
export type Department = (typeof DEPARTMENTS)[number];
