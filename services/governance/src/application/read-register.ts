import { type Actor, type Connection, type PageRequest, paginate } from '@care/service-kit';
import type { AggregateRegister, Deps } from './ports';

/** `first` / `after` of a list. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** How a register is read: who may (throws a refusal otherwise), where it is, and the instant it is listed by. */
export interface RegisterReading<T, F> {
  check: (actor: Actor) => void;
  register: (deps: Deps) => Pick<AggregateRegister<T, F>, 'findById' | 'list'>;
  listedBy: (aggregate: T) => Date;
}

/**
 * The two reads of a register, each checking the reader first: one aggregate by id (null when there is
 * none), and a page of those matching a filter, oldest first by `listedBy`.
 */
export function registerReads<T extends { id: string }, F>(reading: RegisterReading<T, F>) {
  return {
    get: async (deps: Deps, actor: Actor, id: string): Promise<T | null> => {
      reading.check(actor);
      return reading.register(deps).findById(id);
    },
    list: (deps: Deps, actor: Actor, filter: F, args: PageArgs): Promise<Connection<T>> => {
      reading.check(actor);
      return pageOldestFirst(args, (page) => reading.register(deps).list(filter, page), reading.listedBy);
    },
  };
}

/** One page of `fetch` as a connection, keyed (and ordered) by the instant `listedBy` names, then by id. */
export function pageOldestFirst<T extends { id: string }>(
  args: PageArgs,
  fetch: (page: PageRequest) => Promise<{ rows: T[]; totalCount: number }>,
  listedBy: (row: T) => Date,
): Promise<Connection<T>> {
  return paginate(args, fetch, (row) => ({ at: listedBy(row), id: row.id }));
}

/** The rows found for a batch of ids, in the order of `ids`: null where there is none. */
export function inOrderOf<T extends { id: string }>(
  ids: readonly string[],
  rows: readonly T[],
): (T | null)[] {
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}
