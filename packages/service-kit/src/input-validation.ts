import {
  defaultFieldResolver,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { DomainError } from './errors';
import {
  checkDate,
  checkDateTime,
  checkDecimal,
  checkInt,
  checkJson,
  checkText,
  checkUuid,
  INPUT_DEFAULTS,
  type Bounds,
} from './input-rules';

/**
 * The directive that gives a field its limits (see Bounds), as graphql/common.graphql declares it for
 * every subgraph (without its descriptions). A field
 * without it gets INPUT_DEFAULTS: text without control characters and at most 255 characters, money
 * as numeric(16, 2) and not negative, dates and date-times in 2000-2100, lists of at most 100 items,
 * JSON at most 10 deep and 16 KB, IDs that are UUIDs.
 */
export const BOUNDS_DIRECTIVE_SDL = `directive @bounds(
  min: String
  max: String
  scale: Int
  precision: Int
  minLength: Int
  maxLength: Int
  pattern: String
  maxItems: Int
) on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION`;

/** Throws BAD_USER_INPUT naming the field (`extensions.field`, e.g. "input.amount") when a value is out of shape. */
type Check = (value: unknown, path: string) => void;

const BOUNDS_KEYS = new Set<keyof Bounds>([
  'min',
  'max',
  'scale',
  'precision',
  'minLength',
  'maxLength',
  'pattern',
  'maxItems',
]);

function boundsOf(node: { directives?: readonly ConstDirectiveNode[] } | null | undefined): Bounds {
  const directive = node?.directives?.find((d) => d.name.value === 'bounds');
  const bounds: Record<string, unknown> = {};
  for (const arg of directive?.arguments ?? []) {
    if (BOUNDS_KEYS.has(arg.name.value as keyof Bounds))
      bounds[arg.name.value] = valueFromASTUntyped(arg.value);
  }
  return bounds as Bounds;
}

function refuse(path: string, problem: string): never {
  throw new DomainError('BAD_USER_INPUT', `${path} ${problem}`, { field: path });
}

const noCheck: Check = () => undefined;

/** A check from a rule that names the problem with a value (undefined: none). */
const checked =
  (problemOf: (value: unknown) => string | undefined): Check =>
  (value, path) => {
    const problem = problemOf(value);
    if (problem) refuse(path, problem);
  };

/** Federation's entity representations: bounded JSON whose `id` keys are UUIDs (every entity key here). */
const checkRepresentation: Check = (value, path) => {
  const problem = checkJson(value);
  if (problem) refuse(`${path}${problem.at}`, problem.problem);
  const id = (value as Record<string, unknown> | null)?.id;
  if (id !== undefined && (typeof id !== 'string' || checkUuid(id))) refuse(`${path}.id`, 'must be a UUID');
};

function scalarCheck(name: string, bounds: Bounds): Check {
  switch (name) {
    case 'String':
      return checked((v) => checkText(v as string, bounds));
    case 'ID':
    case 'UUID':
      return checked((v) => checkText(String(v), bounds) ?? checkUuid(String(v)));
    case 'Int':
    case 'Float':
      return checked((v) => checkInt(v as number, bounds));
    case 'Decimal':
      return checked((v) => checkDecimal(v as string, bounds));
    case 'Date':
      return checked((v) => checkDate(v as string, bounds));
    case 'DateTime':
      return checked((v) => (v instanceof Date ? checkDateTime(v, bounds) : 'must be a date-time'));
    case 'JSONObject':
      return (v, path) => {
        const problem = checkJson(v, { maxLength: bounds.maxLength });
        if (problem) refuse(`${path}${problem.at}`, problem.problem);
      };
    case '_Any':
      return checkRepresentation;
    case 'Boolean':
      return noCheck;
    default:
      // Any other scalar that arrives as text (EmailAddress ...) is text.
      return checked((v) => (typeof v === 'string' ? checkText(v, bounds) : undefined));
  }
}

/** Compiles the checks of every input type once; input objects are shared (and may refer to themselves). */
class InputChecks {
  private readonly objects = new Map<GraphQLInputObjectType, Check>();

  of(type: GraphQLInputType, bounds: Bounds): Check {
    if (isNonNullType(type)) return this.of(type.ofType, bounds);
    if (isListType(type)) {
      const item = this.of(type.ofType, bounds);
      const maxItems = bounds.maxItems ?? INPUT_DEFAULTS.list.maxItems;
      return (value, path) => {
        const items = value as unknown[];
        if (items.length > maxItems)
          refuse(path, `must have at most ${maxItems} items (got ${items.length})`);
        items.forEach((v, i) => v !== null && v !== undefined && item(v, `${path}[${i}]`));
      };
    }
    if (isEnumType(type)) return noCheck;
    if (isInputObjectType(type)) return this.object(type);
    return scalarCheck(type.name, bounds);
  }

  private object(type: GraphQLInputObjectType): Check {
    const known = this.objects.get(type);
    if (known) return known;
    let fields: [string, Check][] | undefined;
    const check: Check = (value, path) => {
      fields ??= Object.values(type.getFields()).map((f) => [f.name, this.of(f.type, boundsOf(f.astNode))]);
      const object = value as Record<string, unknown>;
      for (const [name, fieldCheck] of fields) {
        const v = object[name];
        if (v !== null && v !== undefined) fieldCheck(v, `${path}.${name}`);
      }
    };
    this.objects.set(type, check);
    return check;
  }
}

/**
 * Checks every field's arguments, after GraphQL has coerced them and before its resolver runs, by their
 * input types and the `@bounds` next to each argument and input field in the SDL. Nothing depends on a
 * resolver remembering to check: every field with arguments is wrapped, `_entities` included. A value
 * out of shape is BAD_USER_INPUT naming the field (`extensions.field`, e.g. "input.amount"), so a
 * mutation refused here has written nothing. Changes the schema in place and returns it.
 */
export function withInputValidation(schema: GraphQLSchema): GraphQLSchema {
  const checks = new InputChecks();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length) continue;
      // The gateway's entity fetches carry one representation per item of a page: their number is
      // bounded by the query limits (limitEntityRepresentations), not by the default list length.
      const entities = type === schema.getQueryType() && field.name === '_entities';
      const argumentChecks = field.args.map(
        (arg) =>
          [
            arg.name,
            checks.of(arg.type, entities ? { maxItems: Number.MAX_SAFE_INTEGER } : boundsOf(arg.astNode)),
          ] as const,
      );
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        for (const [name, check] of argumentChecks) {
          const value = args[name];
          if (value !== null && value !== undefined) check(value, name);
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
