import { refuse } from '@care/domain-kernel';

/*
 * The checks the rules of governance's aggregates share: a required text, and a step its status allows.
 */

/** The longest free text a record keeps unless a field says less. */
export const TEXT_MAX = 4_000;

/** A required text, trimmed: BAD_USER_INPUT when it is empty or longer than `max` characters. */
export function requiredText(field: string, value: string | null | undefined, max = TEXT_MAX): string {
  const trimmed = value?.trim() ?? '';
  if (!trimmed || trimmed.length > max)
    throw refuse.input(field, `${field} must have 1 to ${max} characters`);
  return trimmed;
}

/**
 * The check of a step against the status of an aggregate of kind `what` under `rule`:
 * `requireStatus(incident, ['REPORTED'], 'started on')` refuses (INVALID_TRANSITION)
 * `a RESOLVED incident cannot be started on (DOMAIN 4.6)`.
 */
export const statusCheck =
  <S extends string>(what: string, rule: string) =>
  (aggregate: { status: S }, allowed: readonly S[], step: string): void => {
    if (!allowed.includes(aggregate.status))
      throw refuse.transition(`a ${aggregate.status} ${what} cannot be ${step} (${rule})`, {
        status: aggregate.status,
        allowed: [...allowed],
      });
  };
