import { buildSchema, graphql } from 'graphql';
import { DomainError } from './errors';
import { BOUNDS_DIRECTIVE_SDL, withInputValidation } from './input-validation';
import {
  DateScalar,
  DateTimeScalar,
  DecimalScalar,
  formatDecimal,
  JSONObjectScalar,
  parseDateTime,
} from './scalars';

const sdl = `
  ${BOUNDS_DIRECTIVE_SDL}
  scalar Decimal
  scalar Date
  scalar DateTime
  scalar JSONObject
  input Item { name: String! @bounds(maxLength: 5), tags: [String!] @bounds(maxLength: 3, maxItems: 2), child: Item }
  input Pay {
    amount: Decimal! @bounds(min: "0.01", max: "1000")
    fee: Decimal
    due: Date
    at: DateTime
    details: JSONObject
    item: Item
  }
  type Query { echo(id: ID, text: String, year: Int @bounds(min: "2000", max: "2100"), input: Pay): String }
`;

function schemaWith(resolve: (args: Record<string, unknown>) => unknown) {
  const schema = buildSchema(sdl);
  const scalars = {
    Decimal: DecimalScalar,
    Date: DateScalar,
    DateTime: DateTimeScalar,
    JSONObject: JSONObjectScalar,
  };
  for (const [name, { parseValue, parseLiteral }] of Object.entries(scalars)) {
    Object.assign(schema.getType(name)!, { parseValue, parseLiteral });
  }
  schema.getQueryType()!.getFields().echo!.resolve = (_s, args: Record<string, unknown>) => resolve(args);
  return withInputValidation(schema);
}

async function run(variables: Record<string, unknown>) {
  const calls: Record<string, unknown>[] = [];
  const schema = schemaWith((args) => {
    calls.push(args);
    return 'ran';
  });
  const result = await graphql({
    schema,
    source:
      'query($id: ID, $text: String, $year: Int, $input: Pay) { echo(id: $id, text: $text, year: $year, input: $input) }',
    variableValues: variables,
  });
  const error = result.errors?.[0];
  const original = error?.originalError;
  return {
    ran: calls.length > 0,
    field: original instanceof DomainError ? original.details?.field : undefined,
    code: original instanceof DomainError ? original.code : undefined,
    message: error?.message,
  };
}

const pay = (extra: Record<string, unknown> = {}) => ({ amount: '10.00', ...extra });

describe('withInputValidation', () => {
  it('lets a valid request through to the resolver', async () => {
    const result = await run({
      id: '5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f',
      text: 'fine\ttext\n',
      year: 2026,
      input: pay({ fee: '0', due: '2026-03-31', at: '2026-03-02T09:00:00+08:00', details: { a: [1] } }),
    });
    expect(result).toEqual({ ran: true, field: undefined, code: undefined, message: undefined });
  });

  it.each([
    ['an ID that is not a UUID', { id: 'abc' }, 'id'],
    ['NUL in a string argument', { text: 'a\u0000' }, 'text'],
    ['text over the default length', { text: 'x'.repeat(256) }, 'text'],
    ['an Int outside its bounds', { year: 1999 }, 'year'],
    ['a Decimal below its minimum', { input: pay({ amount: '0' }) }, 'input.amount'],
    ['a Decimal above its maximum', { input: pay({ amount: '1000.01' }) }, 'input.amount'],
    ['a Decimal with too many decimals', { input: pay({ fee: '1.001' }) }, 'input.fee'],
    ['a negative Decimal', { input: pay({ fee: '-1' }) }, 'input.fee'],
    ['a Decimal with too many digits', { input: pay({ fee: '9999999999999999' }) }, 'input.fee'],
    ['an impossible date', { input: pay({ due: '2026-02-30' }) }, 'input.due'],
    ['a date-time before 2000', { input: pay({ at: '1970-01-01T00:00:00Z' }) }, 'input.at'],
    ['an impossible date-time', { input: pay({ at: '2026-02-30T10:00:00Z' }) }, 'input.at'],
    [
      'a control character deep in JSON',
      { input: pay({ details: { a: { b: 'x\u0007' } } }) },
      'input.details.a.b',
    ],
    [
      'a nested input field over its length',
      { input: pay({ item: { name: 'toolong' } }) },
      'input.item.name',
    ],
    [
      'a list item over its length',
      { input: pay({ item: { name: 'ok', tags: ['a', 'abcd'] } }) },
      'input.item.tags[1]',
    ],
    [
      'a list over its items',
      { input: pay({ item: { name: 'ok', tags: ['a', 'b', 'c'] } }) },
      'input.item.tags',
    ],
    [
      'a field of a self-nested input',
      { input: pay({ item: { name: 'ok', child: { name: 'ok', child: { name: 'n\u0000' } } } }) },
      'input.item.child.child.name',
    ],
  ])('refuses %s before the resolver runs, naming the field', async (_what, variables, field) => {
    const result = await run(variables);
    expect(result).toMatchObject({ ran: false, code: 'BAD_USER_INPUT', field });
    expect(result.message).toMatch(new RegExp(`^${field.replace(/[.[\]]/g, '\\$&')} `));
  });
});

describe('scalars', () => {
  it('reads RFC 3339 date-times with offsets and fractions as instants', () => {
    expect(parseDateTime('2026-03-02T09:00:00+08:00').toISOString()).toBe('2026-03-02T01:00:00.000Z');
    expect(parseDateTime('2026-03-02t01:00:00.123456z').toISOString()).toBe('2026-03-02T01:00:00.123Z');
    expect(parseDateTime('0000-01-01T00:00:00Z').getUTCFullYear()).toBe(0);
    expect(Number.isNaN(parseDateTime('2026-02-29T00:00:00Z').getTime())).toBe(true);
    expect(Number.isNaN(parseDateTime('2026-01-01T24:00:00Z').getTime())).toBe(true);
    expect(() => parseDateTime('2026-01-01')).toThrow(/RFC 3339/);
    expect(() => parseDateTime(1_700_000_000_000)).toThrow(/RFC 3339/);
  });

  it('shows money with two decimals and keeps more significant ones', () => {
    expect(formatDecimal('1280')).toBe('1280.00');
    expect(formatDecimal('1280.000000')).toBe('1280.00');
    expect(formatDecimal('1280.5')).toBe('1280.50');
    expect(formatDecimal('0.0345')).toBe('0.0345');
    expect(DecimalScalar.serialize('12.300000')).toBe('12.30');
    expect(DecimalScalar.serialize(7)).toBe('7.00');
  });

  it('reads decimals of any length up to 64 characters, leaving their digits to the field', () => {
    expect(DecimalScalar.parseValue('9999999999999999')).toBe('9999999999999999');
    expect(DecimalScalar.parseValue(' 12.50 ')).toBe('12.5');
    expect(() => DecimalScalar.parseValue('1e5')).toThrow(/decimal number/);
    expect(() => DecimalScalar.parseValue('9'.repeat(65))).toThrow(/64 characters/);
  });

  it('cuts a very deep JSON literal off while reading it', async () => {
    const schema = schemaWith(() => 'ran');
    const deep = `${'{a: '.repeat(100)}1${'}'.repeat(100)}`;
    const result = await graphql({ schema, source: `{ echo(input: { amount: "1", details: ${deep} }) }` });
    expect(result.errors?.[0]?.message).toMatch(/nested at most 64 deep/);
  });
});
