import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';

/**
 * Values a careless or hostile client sends: arbitrary text, control characters, huge numbers,
 * impossible dates, ids that are not ids, deep JSON. Each GraphQL input type gets an arbitrary built
 * from its definition, so a new argument is fuzzed without anyone writing a generator for it.
 */

/** Ids of things that exist, so that fuzzed mutations also reach the rules behind NOT_FOUND. */
export class IdPool {
  private readonly ids: string[] = [];
  add(id: unknown): void {
    if (typeof id === 'string' && !this.ids.includes(id)) this.ids.push(id);
  }
  pick(index: number): string {
    return this.ids.length ? this.ids[index % this.ids.length]! : randomUUID();
  }
  get size(): number {
    return this.ids.length;
  }
}

const NASTY_TEXT = [
  '',
  '   ',
  '\u0000',
  'before\u0000after',
  'bell\u0007',
  'escape\u001b[31m',
  '\uFFFF',
  '\uD800',
  'tab\tand\nnewline',
  "'; DROP TABLE complaint; --",
  '%s%n%x',
  '😀 emoji',
  '<script>alert(1)</script>',
  'x'.repeat(300),
  'x'.repeat(5_000),
  'y'.repeat(70_000),
];

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_TEXT) },
);

const int = fc.oneof(
  fc.integer({ min: -3, max: 2_000 }),
  fc.constantFrom(0, -1, 1, 100, 5_000, 100_000, 2_147_483_647, -2_147_483_648, 1_000_000_000),
);

const decimal = fc.oneof(
  fc
    .tuple(fc.nat({ max: 200_000 }), fc.nat({ max: 99 }))
    .map(([i, f]) => `${i}.${String(f).padStart(2, '0')}`),
  fc.constantFrom(
    '0',
    '0.00',
    '-1',
    '-0.01',
    '0.001',
    '1.123',
    '1e3',
    'NaN',
    'abc',
    '',
    ' 12 ',
    '9999999999999999',
    '999999999999999999.999999',
    '99999999999999999999',
    '5000',
    '10000',
    '100000.01',
  ),
);

const dateTime = fc.oneof(
  fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2110-01-01T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString()),
  fc.constantFrom(
    '0000-01-01T00:00:00Z',
    '1970-01-01T00:00:00Z',
    '2026-02-30T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    'yesterday',
    '2026-03-02T02:00:00Z',
  ),
);

const date = fc.oneof(
  fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2110-01-01T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2026-02-30', '2026-13-01', '0000-00-00', '1970-01-01', '2026-3-2', 'soon', '2026-03-02'),
);

const email = fc.oneof(
  fc.emailAddress(),
  fc.constantFrom('not-an-email', 'a@b', 'nul\u0000@example.com', `${'x'.repeat(300)}@example.com`),
);

function deepJson(depth: number): unknown {
  let value: unknown = { leaf: true };
  for (let i = 0; i < depth; i++) value = { nested: value };
  return value;
}

const jsonObject = fc.oneof(
  fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }),
  fc.constantFrom<unknown>(
    { note: 'nul\u0000inside' },
    deepJson(60),
    deepJson(5_000),
    { big: 'z'.repeat(200_000) },
    {},
  ),
);

function scalar(name: string, ids: IdPool): fc.Arbitrary<unknown> {
  switch (name) {
    case 'String':
      return text;
    case 'ID':
    case 'UUID':
      return fc.oneof(
        { weight: 6, arbitrary: fc.nat().map((i) => ids.pick(i)) },
        { weight: 2, arbitrary: fc.uuid() },
        { weight: 2, arbitrary: fc.constantFrom('not-a-uuid', '', '\u0000', '1', 'CP-2026-000001') },
      );
    case 'Int':
      return int;
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, 1e308));
    case 'Boolean':
      return fc.boolean();
    case 'Decimal':
      return decimal;
    case 'DateTime':
      return dateTime;
    case 'Date':
      return date;
    case 'EmailAddress':
      return email;
    case 'JSONObject':
    case 'JSON':
      return jsonObject;
    default:
      return text;
  }
}

/** An arbitrary value for a GraphQL input type (mostly well-typed; the values inside are the attack). */
export function valueOf(type: GraphQLInputType, ids: IdPool, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOf(type.ofType, ids, depth);
  if (isListType(type))
    return fc.array(valueOf(type.ofType, ids, depth + 1), { maxLength: depth > 1 ? 1 : 3 });
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    return fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...values) },
      { weight: 1, arbitrary: fc.constant('NOT_A_VALUE') },
    );
  }
  if (isScalarType(type)) return scalar(type.name, ids);
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) {
      const inner = valueOf(field.type, ids, depth + 1);
      record[field.name] = isNonNullType(field.type)
        ? inner
        : fc.oneof({ weight: 3, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(undefined) });
    }
    return fc
      .record(record)
      .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));
  }
  return fc.constant(null);
}
