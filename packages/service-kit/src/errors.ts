import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

import { REFUSAL_CODES, Refusal, refuse, type RefusalCode } from '@care/domain-kernel';

/** The closed set of error codes a client can see in `extensions.code`. */
export const ERROR_CODES = [...REFUSAL_CODES, 'INTERNAL_SERVER_ERROR'] as const;
export type ErrorCode = RefusalCode | 'INTERNAL_SERVER_ERROR';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401 };

/**
 * An error the domain means to tell the caller about: the message is safe to show. It is the kernel's
 * Refusal (one type for domain code and the layers around it), under the name the outer layers use.
 */
export const DomainError = Refusal;
export type DomainError = Refusal;

// The kernel's shorthands, under the names the outer layers use.
export const notFound = refuse.notFound;
export const forbidden = (message?: string) => refuse.forbidden(message);
export const badInput = (message: string, details?: Record<string, unknown>) =>
  new DomainError('BAD_USER_INPUT', message, details);

/** The codes of errors meant for the caller: every code of the closed set but the masked one. */
const PUBLIC_CODES = new Set<string>(ERROR_CODES.filter((c) => c !== 'INTERNAL_SERVER_ERROR'));

/** Codes produced by graphql-js / Apollo Server itself that are safe to pass through unchanged. */
const FRAMEWORK_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

export function domainErrorToGraphQL(error: Refusal): GraphQLError {
  const status = HTTP_STATUS[error.code];
  return new GraphQLError(error.message, {
    extensions: { code: error.code, ...(error.details ?? {}), ...(status ? { http: { status } } : {}) },
  });
}

export interface ErrorFormatterOptions {
  /**
   * Ignored: stack traces never reach a client, in any mode (they are in the server log, with the
   * request id). Kept so existing callers compile.
   * @deprecated
   */
  includeStacktrace?: boolean;
  /** Called for every error that is masked, so it can be logged with the request id. */
  onMaskedError?: (error: unknown) => void;
}

/**
 * Extensions that describe the server, not the caller's request: a stack trace (absolute paths, code
 * layout), the subgraph a gateway error came from (`serviceName`), graphql-js's `exception`.
 */
const SERVER_ONLY_EXTENSIONS = new Set(['stacktrace', 'serviceName', 'exception']);

/**
 * Apollo `formatError`: domain errors keep their code and message, framework errors (parse, validation,
 * variable coercion, e.g. a bad custom scalar) pass through, everything else is masked. No error sent
 * to a client carries a stack trace or the name of the subgraph it came from.
 */
export function createErrorFormatter(options: ErrorFormatterOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof Refusal) {
      const gql = domainErrorToGraphQL(original);
      return { ...formatted, message: gql.message, extensions: clientExtensions(gql.extensions) };
    }
    // Framework codes, and our own codes on an error made on purpose: a resolver's GraphQLError, or a
    // subgraph's error as the gateway receives it (a plain object the subgraph has already masked).
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && (FRAMEWORK_CODES.has(code) || PUBLIC_CODES.has(code))) {
      return { ...formatted, extensions: clientExtensions(formatted.extensions) };
    }
    options.onMaskedError?.(original);
    return {
      message: 'Internal server error',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

function clientExtensions(extensions: Record<string, unknown> | undefined) {
  if (!extensions) return extensions;
  return Object.fromEntries(Object.entries(extensions).filter(([key]) => !SERVER_ONLY_EXTENSIONS.has(key)));
}
