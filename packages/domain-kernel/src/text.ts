import { refuse } from './refusal';

/**
 * A free text as a record keeps it: trimmed and at most `max` characters. Empty (or only white space) is
 * null, or refused when the text is required.
 */
export function freeText(
  field: string,
  value: string | null | undefined,
  max: number,
  required: true,
): string;
export function freeText(
  field: string,
  value: string | null | undefined,
  max: number,
  required?: boolean,
): string | null;
export function freeText(
  field: string,
  value: string | null | undefined,
  max: number,
  required = false,
): string | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) {
    if (required) throw refuse.input(field, `${field} must not be empty`);
    return null;
  }
  if (trimmed.length > max) throw refuse.input(field, `${field} is longer than ${max} characters`);
  return trimmed;
}
