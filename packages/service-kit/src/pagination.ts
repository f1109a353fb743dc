import { DomainError } from './errors';
import { checkDateTime, checkUuid } from './input-rules';

/** Opaque Relay cursors over a (timestamp, id) keyset. */
export interface Keyset {
  at: Date;
  id: string;
}

export function encodeCursor(key: Keyset): string {
  return Buffer.from(JSON.stringify([key.at.toISOString(), key.id])).toString('base64url');
}

/** Wider than any input's range: rows may be older than what a client may send today. */
const CURSOR_RANGE = { min: '1900-01-01T00:00:00Z', max: '2200-01-01T00:00:00Z' };

const SEQUENCE = /^\d{1,15}$/;

/**
 * Reads a cursor made by encodeCursor. Both parts go into SQL: the instant must be one Postgres and the
 * pages can hold, the id a UUID (or, for a keyset over a sequence number, a whole number).
 */
export function decodeCursor(cursor: string, idShape: 'uuid' | 'sequence' = 'uuid'): Keyset {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(at);
    const idOk = typeof id === 'string' && (idShape === 'uuid' ? !checkUuid(id) : SEQUENCE.test(id));
    if (!idOk || typeof at !== 'string' || checkDateTime(date, CURSOR_RANGE)) throw new Error('bad cursor');
    return { at: date, id };
  } catch {
    throw new DomainError('BAD_USER_INPUT', 'The cursor is not valid', { argument: 'after' });
  }
}

export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined, defaultSize = 20): number {
  const size = first ?? defaultSize;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new DomainError('BAD_USER_INPUT', `first must be between 1 and ${MAX_PAGE_SIZE}`, {
      argument: 'first',
    });
  }
  return size;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

/**
 * An edge whose cursor is made when it is first read: most queries select a list's nodes alone, and a
 * cursor costs a JSON text and a base64 encoding for every node of the page.
 */
export class Edge<T> {
  #cursor: string | undefined;
  readonly #cursorOf: (node: T) => string;

  constructor(
    readonly node: T,
    cursorOf: (node: T) => string,
  ) {
    this.#cursorOf = cursorOf;
  }

  get cursor(): string {
    return (this.#cursor ??= this.#cursorOf(this.node));
  }
}

/** Builds a connection from one page fetched with `limit = size + 1`. */
export function toConnection<T>(
  rows: T[],
  size: number,
  totalCount: number,
  keyOf: (row: T) => Keyset,
  hasPrevious: boolean,
): Connection<T> {
  const cursorOf = (node: T) => encodeCursor(keyOf(node));
  const edges = rows.slice(0, size).map((node) => new Edge(node, cursorOf));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}

export interface PageRequest {
  size: number;
  after?: Keyset;
  /** Whether to count every match (`totalCount`, a statement of its own); absent: counted. */
  count?: boolean;
}

/** The page of a list read: it always says whether to count (only when the query selects `totalCount`). */
export interface ListPage extends PageRequest {
  count: boolean;
}

/** A list's page arguments, and whether the query selects the connection's `totalCount` (absent: it does). */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  withTotalCount?: boolean;
}

/**
 * Validates `first` / `after`, fetches one page through `fetch` (counting every match only when the args
 * ask for `totalCount`; `totalCount` is 0 otherwise, never shown) and wraps it as a Relay connection.
 */
export async function paginate<T>(
  args: PageArgs,
  fetch: (page: ListPage) => Promise<{ rows: T[]; totalCount: number }>,
  keyOf: (row: T) => Keyset,
): Promise<Connection<T>> {
  const size = pageSize(args.first);
  const after = args.after ? decodeCursor(args.after) : undefined;
  const { rows, totalCount } = await fetch({ size, after, count: args.withTotalCount ?? true });
  return toConnection(rows, size, totalCount, keyOf, Boolean(after));
}
