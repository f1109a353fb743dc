import { Decimal } from 'decimal.js';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DateTimeResolver, EmailAddressResolver, SafeIntResolver, UUIDResolver } from 'graphql-scalars';

/*
 * The scalars check the shape of a value (is it a decimal, a date, a date-time, a JSON object at all);
 * ranges, digits, calendar validity and text content are checked by the input validation, per field and
 * with the field's name (see input-validation.ts), before any resolver runs.
 */

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

const DECIMAL = /^-?\d+(\.\d+)?$/;
/** Longer than any column could hold; the field's digits are checked by the input validation. */
const DECIMAL_MAX_CHARACTERS = 64;

function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL.test(text.trim())) {
    throw badInput('Decimal must be a decimal number written as a string, e.g. "1234.50"');
  }
  if (text.trim().length > DECIMAL_MAX_CHARACTERS)
    throw badInput(`Decimal must be at most ${DECIMAL_MAX_CHARACTERS} characters long`);
  return new Decimal(text.trim()).toFixed();
}

/** Money is shown with two decimals ("1280.00"); a value with more significant decimals keeps them. */
export function formatDecimal(value: Decimal.Value): string {
  const d = new Decimal(value);
  return d.decimalPlaces() < 2 ? d.toFixed(2) : d.toFixed();
}

/** Money and other exact quantities travel as decimal strings, never floats. */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description:
    'An exact decimal number as a string, e.g. "1234.50". Money is returned with two decimals; ' +
    'each input field accepts the digits its column stores (at most 14 before and 2 after the point ' +
    'unless the field says otherwise).',
  serialize: (value) => formatDecimal(value instanceof Decimal ? value : parseDecimal(value)),
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT)
      return parseDecimal(ast.value);
    throw badInput('Decimal must be a string');
  },
});

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

function parseDateShape(value: unknown): string {
  if (typeof value === 'string' && DATE_SHAPE.test(value)) return value;
  throw badInput('Date must be a calendar date YYYY-MM-DD');
}

/** A calendar date `YYYY-MM-DD`; whether the day exists and lies in range is checked per field. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD (years 2000 to 2100 unless the field says otherwise)',
  serialize: (value) => {
    const text = parseDateShape(value);
    const d = new Date(`${text}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text)
      throw new Error(`${text} is not a calendar date`);
    return text;
  },
  parseValue: parseDateShape,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING) return parseDateShape(ast.value);
    throw badInput('Date must be a string');
  },
});

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:Z|([+-])(\d{2}):(\d{2}))$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * An RFC 3339 date-time as an instant. A well-formed value naming a moment that does not exist
 * (2026-02-30T10:00:00Z, 25:00) becomes an invalid Date, which the input validation refuses with the
 * field's name; anything else that is not RFC 3339 is refused here.
 */
export function parseDateTime(value: unknown): Date {
  if (value instanceof Date) return new Date(value.getTime());
  if (typeof value !== 'string' || value.length > 40)
    throw badInput('DateTime must be an RFC 3339 date-time string, e.g. "2026-03-02T09:00:00Z"');
  const m = DATE_TIME.exec(value.toUpperCase());
  if (!m) throw badInput('DateTime must be an RFC 3339 date-time string, e.g. "2026-03-02T09:00:00Z"');
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  const offsetHours = Number(m[9] ?? 0);
  const offsetMinutes = Number(m[10] ?? 0);
  if (
    days === undefined ||
    day < 1 ||
    day > days ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    offsetHours > 23 ||
    offsetMinutes > 59
  )
    return new Date(Number.NaN);
  const millis = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, millis);
  const offset = (offsetHours * 60 + offsetMinutes) * (m[8] === '-' ? -1 : 1);
  return new Date(d.getTime() - offset * 60_000);
}

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description:
    'A date-time string (RFC 3339), e.g. 2026-03-02T09:00:00Z; returned in UTC. Inputs lie between ' +
    '2000 and 2100 unless the field says otherwise.',
  serialize: (value) => DateTimeResolver.serialize(value),
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING) return parseDateTime(ast.value);
    throw badInput('DateTime must be a string');
  },
});

/** Nesting no JSON argument may exceed even before the field's own (lower) limit is checked. */
const JSON_LITERAL_MAX_DEPTH = 64;

function jsonLiteral(
  ast: ValueNode,
  variables: Record<string, unknown> | null | undefined,
  depth = 0,
): unknown {
  if (depth > JSON_LITERAL_MAX_DEPTH)
    throw badInput(`JSONObject must be nested at most ${JSON_LITERAL_MAX_DEPTH} deep`);
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map((v) => jsonLiteral(v, variables, depth + 1));
    case Kind.OBJECT: {
      const object: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const field of ast.fields)
        object[field.name.value] = jsonLiteral(field.value, variables, depth + 1);
      return { ...object };
    }
    case Kind.VARIABLE:
      return variables?.[ast.name.value];
    default:
      throw badInput('JSONObject must be JSON');
  }
}

function parseJsonObject(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw badInput('JSONObject must be a JSON object');
  return value as Record<string, unknown>;
}

/**
 * A JSON object; its nesting, size and strings are checked per field by the input validation (a
 * literal is also cut off at 64 levels while it is read).
 */
export const JSONObjectScalar = new GraphQLScalarType({
  name: 'JSONObject',
  description: 'A JSON object (at most 10 levels deep and 16,384 characters unless the field says otherwise)',
  serialize: (value) => parseJsonObject(value),
  parseValue: parseJsonObject,
  parseLiteral: (ast, variables) => {
    if (ast.kind !== Kind.OBJECT) throw badInput('JSONObject must be a JSON object');
    return parseJsonObject(jsonLiteral(ast, variables));
  },
});

/** The scalars every subgraph declares in its SDL. */
export const scalarResolvers = {
  DateTime: DateTimeScalar,
  Date: DateScalar,
  UUID: UUIDResolver,
  EmailAddress: EmailAddressResolver,
  JSONObject: JSONObjectScalar,
  Decimal: DecimalScalar,
  /** A whole number up to 2^53 - 1: totals that outgrow GraphQL's 32-bit Int (the points of all customers). */
  SafeInt: SafeIntResolver,
};
