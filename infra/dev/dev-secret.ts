/** The JWT secret `pnpm start` gives the services when JWT_SECRET is not set: for development only. */
export const DEV_JWT_SECRET = 'dev-secret-change-me-in-production';

/**
 * The master key of controlled documents (DOMAIN 4.7) `pnpm start` gives governance when DOCUMENT_KEYS is
 * not set, outside production: for development only, never for real documents.
 */
export const DEV_DOCUMENT_KEYS = {
  DOCUMENT_KEYS: 'dev-local:VvP9XmDc7FjWh8czmpdiI9EBS09vmly3Nl/IaxEABVk=',
  DOCUMENT_ACTIVE_KEY_ID: 'dev-local',
};
