import { type Actor, type Connection, selectsField, type UseCase } from '@care/service-kit';
import type { GraphQLResolveInfo } from 'graphql';
import type { Deps } from '../application/ports';
import type { ListRead, PageArgs } from '../application/read-register';
import type { Context } from './context';

/*
 * The forms of governance's root resolvers: each hands its arguments to a use case with the request's
 * dependencies and its caller (the context: the actor and the correlation id).
 */

/** A list's page arguments, and whether the query selects the connection's `totalCount` (issue 11). */
export const pageArgsOf = (
  args: { first?: number | null; after?: string | null },
  info: GraphQLResolveInfo,
): PageArgs => ({ first: args.first, after: args.after, withTotalCount: selectsField(info, 'totalCount') });

/** A `Query` read by id: the use case, given the reader. */
export const byIdQuery =
  <T>(get: (deps: Deps, actor: Actor, id: string) => Promise<T>) =>
  (_root: unknown, { id }: { id: string }, ctx: Context): Promise<T> =>
    get(ctx.deps, ctx.actor, id);

/**
 * A `Query` list: the use case, given the reader, the filter (none: every one, as every field of a list's
 * filter is optional) and the page, whose `totalCount` is counted only when the query selects it.
 */
export const listQuery =
  <F extends object, T>(list: ListRead<F, T>) =>
  (
    _root: unknown,
    { filter, ...page }: { filter?: F | null; first?: number | null; after?: string | null },
    ctx: Context,
    info: GraphQLResolveInfo,
  ): Promise<Connection<T>> =>
    list(ctx.deps, ctx.actor, filter ?? ({} as F), pageArgsOf(page, info));

/** A root field whose one argument (`month`, `input` ...) is what the use case takes, given the caller. */
export const useCaseOn =
  <K extends string, I, R>(argument: K, run: UseCase<Deps, I, R>) =>
  (_root: unknown, args: { [P in K]: I }, ctx: Context): Promise<R> =>
    run(ctx.deps, ctx, args[argument]);

/** A mutation that takes an `input`: the use case, given the caller. */
export const inputMutation = <I, R>(run: UseCase<Deps, I, R>) => useCaseOn('input', run);
