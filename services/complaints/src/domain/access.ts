/** Customer-service staff who take complaints (DOMAIN 1.1-1.2). */
export const INTAKE_ROLES = ['cs_specialist', 'cs_manager', 'cs_director', 'admin'] as const;
