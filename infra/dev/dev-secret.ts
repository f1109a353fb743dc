/** The JWT secret `pnpm start` gives the services when JWT_SECRET is not set: for development only. */
export const DEV_JWT_SECRET = 'dev-secret-change-me-in-production';
