import { Decimal } from 'decimal.js';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, EmailAddressResolver, JSONObjectResolver, UUIDResolver } from 'graphql-scalars';

const DECIMAL = /^-?\d{1,18}(\.\d{1,6})?$/;

function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL.test(text.trim())) {
    throw new GraphQLError('Decimal must be a decimal number written as a string, e.g. "1234.50"', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return new Decimal(text.trim()).toFixed();
}

/** Money and other exact quantities travel as decimal strings, never floats. */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description:
    'An exact decimal number as a string, e.g. "1234.50" (at most 18 digits before and 6 after the point)',
  serialize: (value) => (value instanceof Decimal ? value.toFixed() : parseDecimal(value)),
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT)
      return parseDecimal(ast.value);
    throw new GraphQLError('Decimal must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});

/** The scalars every subgraph declares in its SDL. */
export const scalarResolvers = {
  DateTime: DateTimeResolver,
  UUID: UUIDResolver,
  EmailAddress: EmailAddressResolver,
  JSONObject: JSONObjectResolver,
  Decimal: DecimalScalar,
};
