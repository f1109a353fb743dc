import { type Actor, type Connection, type Keyset, type PageArgs, paginate } from '@care/service-kit';
import type { AggregateRegister, Deps, ListPage, Page } from './ports';

export type { PageArgs };

/** A list's use case: the reader's page of the matches of a filter, as a connection. */
export type ListRead<F, T> = (deps: Deps, actor: Actor, filter: F, args: PageArgs) => Promise<Connection<T>>;

/** How a register is read: who may (throws a refusal otherwise), where it is, and the instant it is listed by. */
export interface RegisterReading<T, F> {
  check: (actor: Actor) => void;
  register: (deps: Deps) => Pick<AggregateRegister<T, F>, 'findById' | 'findByIds' | 'list'>;
  listedBy: (aggregate: T) => Date;
}

/**
 * The reads of a register, each checking the reader first: one aggregate by id (null when there is
 * none), several by id (a batch of references), and a page of those matching a filter, oldest first by
 * `listedBy`.
 */
export function registerReads<T extends { id: string }, F>(
  reading: RegisterReading<T, F>,
): {
  get: (deps: Deps, actor: Actor, id: string) => Promise<T | null>;
  /** Several by id (a batch of entity references), in the order of `ids`: null where there is none. */
  getMany: (deps: Deps, actor: Actor, ids: readonly string[]) => Promise<(T | null)[]>;
  list: ListRead<F, T>;
} {
  return {
    get: async (deps, actor, id) => {
      reading.check(actor);
      return reading.register(deps).findById(id);
    },
    getMany: async (deps, actor, ids) => {
      reading.check(actor);
      return inOrderOf(ids, await reading.register(deps).findByIds(ids));
    },
    list: (deps, actor, filter, args) => {
      reading.check(actor);
      return pageOldestFirst(args, (page) => reading.register(deps).list(filter, page), reading.listedBy);
    },
  };
}

/** One page of `fetch` as a connection with its cursors by `keyOf`, every match counted when the args ask. */
export function pageOf<T>(
  args: PageArgs,
  fetch: (page: ListPage) => Promise<Page<T>>,
  keyOf: (row: T) => Keyset,
): Promise<Connection<T>> {
  return paginate(args, fetch, keyOf);
}

/** One page of `fetch` as a connection, keyed (and ordered) by the instant `listedBy` names, then by id. */
export function pageOldestFirst<T extends { id: string }>(
  args: PageArgs,
  fetch: (page: ListPage) => Promise<Page<T>>,
  listedBy: (row: T) => Date,
): Promise<Connection<T>> {
  return pageOf(args, fetch, (row) => ({ at: listedBy(row), id: row.id }));
}

/** The rows found for a batch of ids, in the order of `ids`: null where there is none. */
export function inOrderOf<T extends { id: string }>(
  ids: readonly string[],
  rows: readonly T[],
): (T | null)[] {
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}
