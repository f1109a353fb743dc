/** The values the loyalty events' examples share: one customer, one moment. */
export const CUSTOMER = '5f7d1c2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f';
export const AT = '2026-03-02T02:00:00.000Z';
