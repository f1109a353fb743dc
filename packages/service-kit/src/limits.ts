import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { DomainError } from './errors';

/**
 * The query limits of the platform, one set for the gateway and every subgraph. A refusal answers
 * HTTP 400 with `extensions.code: LIMIT_EXCEEDED` and a message naming the limit, before anything runs.
 *
 * Subgraphs get the gateway's query plans: a fetch the planner makes for a query within these limits
 * stays within them (it is a part of that query, and an entity fetch `_entities { ... on T { ... } }`
 * is no deeper than the branch it serves, since fragments are not counted as a level).
 */
export const QUERY_LIMIT_DEFAULTS = {
  /** Nesting of fields (fragments do not count as a level). */
  maxDepth: 12,
  /** graphql-armor's cost: objects 2, scalars 1, x1.5 per level, x`first` for paginated lists. */
  maxCost: 20_000,
  /** Every alias counts, `__typename` aliases too (`a1: __typename ...` is as costly as any field). */
  maxAliases: 30,
  maxDirectives: 50,
  /** Lexical tokens in the document, checked while parsing. */
  maxTokens: 5_000,
  /** Representations in one `_entities` call (a subgraph's entity fetch). */
  maxRepresentations: 1_000,
} as const;

export type QueryLimitSettings = { -readonly [K in keyof typeof QUERY_LIMIT_DEFAULTS]: number };

export interface QueryLimitOptions extends Partial<QueryLimitSettings> {
  /** Hides "Did you mean ...?" suggestions (production), so the schema cannot be mapped by guessing. */
  blockFieldSuggestions?: boolean;
}

export interface QueryLimits<TContext extends BaseContext> {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<TContext>[];
  parseOptions: ParseOptions;
  settings: QueryLimitSettings;
}

/** The code of every limit refusal. */
export const LIMIT_EXCEEDED = 'LIMIT_EXCEEDED';
const LIMIT_MARK = 'queryLimit';
/** graphql-js's message when a document has more tokens than `maxTokens`. */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more th(?:at|an) (\d+) tokens/;

/** graphql-armor reports through this; the error carries a mark so the plugin below can recode it. */
function reportLimit(limit: string) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    context?.reportError(
      new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
        extensions: { [LIMIT_MARK]: limit },
      }),
    );
  };
}

const rejectWith = (limit: string) => ({ propagateOnRejection: false, onReject: [reportLimit(limit)] });

/**
 * Apollo Server validation rules, plugins and parse options enforcing the limits. Spread them into the
 * server's options: `validationRules`, `plugins`, `parseOptions`.
 */
export function queryLimits<TContext extends BaseContext = BaseContext>(
  options: QueryLimitOptions = {},
): QueryLimits<TContext> {
  const settings: QueryLimitSettings = {
    maxDepth: options.maxDepth ?? QUERY_LIMIT_DEFAULTS.maxDepth,
    maxCost: options.maxCost ?? QUERY_LIMIT_DEFAULTS.maxCost,
    maxAliases: options.maxAliases ?? QUERY_LIMIT_DEFAULTS.maxAliases,
    maxDirectives: options.maxDirectives ?? QUERY_LIMIT_DEFAULTS.maxDirectives,
    maxTokens: options.maxTokens ?? QUERY_LIMIT_DEFAULTS.maxTokens,
    maxRepresentations: options.maxRepresentations ?? QUERY_LIMIT_DEFAULTS.maxRepresentations,
  };
  const armor = new ApolloArmor({
    maxDepth: { n: settings.maxDepth, flattenFragments: true, ...rejectWith('depth') },
    costLimit: { maxCost: settings.maxCost, flattenFragments: true, ...rejectWith('cost') },
    maxAliases: { n: settings.maxAliases, allowList: [], ...rejectWith('aliases') },
    maxDirectives: { n: settings.maxDirectives, ...rejectWith('directives') },
    // Tokens are counted by graphql-js's own parser (parseOptions below): a refusal is then a 400
    // parse failure, where armor's parsing hook would throw and answer 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: options.blockFieldSuggestions ?? false },
  }).protect();
  return {
    validationRules: armor.validationRules,
    plugins: [...(armor.plugins as ApolloServerPlugin<TContext>[]), limitCodePlugin<TContext>()],
    parseOptions: { maxTokens: settings.maxTokens },
    settings,
  };
}

/** Gives every limit refusal (validation or parsing) the one code LIMIT_EXCEEDED, kept at HTTP 400. */
function limitCodePlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            // Only graphql-js errors carry the mark; anything else (a failed fetch) is not a refusal.
            if (!error.extensions || typeof error.extensions !== 'object') continue;
            const extensions = error.extensions as Record<string, unknown>;
            const tokens = TOKEN_LIMIT_MESSAGE.exec(error.message);
            if (tokens) {
              extensions[LIMIT_MARK] = 'tokens';
              error.message = `Token limit of ${tokens[1]} exceeded.`;
            }
            if (extensions[LIMIT_MARK] === undefined) continue;
            extensions.code = LIMIT_EXCEEDED;
            extensions.limit = extensions[LIMIT_MARK];
            delete extensions[LIMIT_MARK];
          }
        },
      };
    },
  };
}

/**
 * Bounds the number of representations one `_entities` call may resolve (a list of 100 items with an
 * entity each is one call of 100): a larger call is refused with LIMIT_EXCEEDED before any is resolved.
 */
export function limitEntityRepresentations(schema: GraphQLSchema, maxRepresentations: number): void {
  const field = schema.getQueryType()?.getFields()._entities;
  if (!field?.resolve) return;
  const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve;
  field.resolve = (source, args: { representations?: unknown[] }, context, info) => {
    const count = args.representations?.length ?? 0;
    if (count > maxRepresentations) {
      throw new DomainError(
        'LIMIT_EXCEEDED',
        `Representations limit of ${maxRepresentations} exceeded, found ${count}.`,
        { limit: 'representations' },
      );
    }
    return resolve(source, args, context, info);
  };
}
