/**
 * The one way a rule says no. Domain code throws a Refusal; the service kit shows it to the caller as a
 * GraphQL error with `extensions.code` = its code and the details beside it. Nothing here depends on
 * GraphQL, the database or the broker, so every domain/ folder may use it.
 */

/** The codes of refusals a caller can see (the kit adds INTERNAL_SERVER_ERROR for everything else). */
export const REFUSAL_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'LIMIT_EXCEEDED',
  'UNAVAILABLE',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export type RefusalDetails = Record<string, unknown>;

export class Refusal extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
    readonly details?: RefusalDetails,
  ) {
    super(message);
    this.name = 'Refusal';
  }
}

/** Shorthands for the refusals rules make most. */
export const refuse = {
  /** The input breaks a rule; `field` names the input at fault. */
  input: (field: string, message: string, details?: RefusalDetails) =>
    new Refusal('BAD_USER_INPUT', message, { field, ...details }),
  forbidden: (message = 'You are not allowed to do this', details?: RefusalDetails) =>
    new Refusal('FORBIDDEN', message, details),
  notFound: (what: string, id: string) => new Refusal('NOT_FOUND', `${what} ${id} was not found`, { id }),
  conflict: (message: string, details?: RefusalDetails) => new Refusal('CONFLICT', message, details),
  transition: (message: string, details?: RefusalDetails) =>
    new Refusal('INVALID_TRANSITION', message, details),
  limit: (message: string, details?: RefusalDetails) => new Refusal('LIMIT_EXCEEDED', message, details),
};

export const isRefusal = (error: unknown): error is Refusal => error instanceof Refusal;
