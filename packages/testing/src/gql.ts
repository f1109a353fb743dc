import request from 'supertest';
import type { App } from 'supertest/types';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  headers: Record<string, string>;
}

/**
 * Posts one GraphQL operation to `/graphql` (an express app or a base URL such as http://127.0.0.1:4000).
 */
export async function gql<T = Record<string, unknown>>(
  target: App | string,
  query: string,
  variables?: Record<string, unknown>,
  options: { token?: string; headers?: Record<string, string>; path?: string } = {},
): Promise<GqlResult<T>> {
  let req = request(target)
    .post(options.path ?? '/graphql')
    .set('content-type', 'application/json')
    .set('accept', 'application/graphql-response+json, application/json');
  if (options.token) req = req.set('authorization', `Bearer ${options.token}`);
  for (const [k, v] of Object.entries(options.headers ?? {})) req = req.set(k, v);
  const res = await req.send({ query, variables });
  const body = (res.body ?? {}) as { data?: T | null; errors?: GqlResult['errors'] };
  return {
    status: res.status,
    data: body.data,
    errors: body.errors,
    headers: res.headers as Record<string, string>,
  };
}

/** Fails with the GraphQL errors when there are any; returns the data. */
export function dataOf<T>(result: GqlResult<T>): T {
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  if (!result.data) throw new Error(`No data (HTTP ${result.status})`);
  return result.data;
}

export function errorCodes(result: GqlResult<unknown>): unknown[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}

/** References of entities of one type as the gateway sends them to `_entities`: `references('Customer', a, b)`. */
export function references(typename: string, ...ids: string[]): { __typename: string; id: string }[] {
  return ids.map((id) => ({ __typename: typename, id }));
}
