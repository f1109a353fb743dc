/** Roles that see customers' personal data in full (DOMAIN 2.7: masked wherever it is not needed). */
export const PERSONAL_DATA_ROLES = ['cs_specialist', 'cs_manager', 'cs_director', 'sales', 'admin'] as const;

/** Roles that may register customers. */
export const CUSTOMER_WRITE_ROLES = ['cs_specialist', 'cs_manager', 'sales', 'admin'] as const;

export function maySeePersonalData(roles: readonly string[]): boolean {
  return PERSONAL_DATA_ROLES.some((r) => roles.includes(r));
}
