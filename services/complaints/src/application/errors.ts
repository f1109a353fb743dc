import { badInput, DomainError, forbidden } from '@care/service-kit';
import { ComplaintAccessDenied, ComplaintConflict, ComplaintRuleViolation } from '../domain/errors';
import { InvalidTransition } from '../domain/state-machine';

/** Runs a domain rule and turns its refusals into the errors the caller sees. */
export function rule<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw translate(error);
  }
}

export function translate(error: unknown): unknown {
  if (error instanceof ComplaintRuleViolation) return badInput(error.message, { field: error.field });
  if (error instanceof InvalidTransition)
    return new DomainError('INVALID_TRANSITION', error.message, { from: error.from, to: error.to });
  if (error instanceof ComplaintConflict) return new DomainError('CONFLICT', error.message);
  if (error instanceof ComplaintAccessDenied) return forbidden(error.message);
  return error;
}
