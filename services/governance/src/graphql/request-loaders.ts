import type DataLoader from 'dataloader';

/** The loaders of one request, kept beside its context object and dropped with it. */
const loadersOf = new WeakMap<object, Map<string, DataLoader<unknown, unknown, unknown>>>();

/**
 * A DataLoader of one request (one batch per tick), made the first time a resolver of the request asks for
 * it: `requestLoader(ctx, 'incidentSpending', () => new DataLoader(...))`.
 */
export function requestLoader<K, V, C = K>(
  ctx: object,
  name: string,
  make: () => DataLoader<K, V, C>,
): DataLoader<K, V, C> {
  let loaders = loadersOf.get(ctx);
  if (!loaders) loadersOf.set(ctx, (loaders = new Map()));
  let loader = loaders.get(name) as DataLoader<K, V, C> | undefined;
  if (!loader) {
    loader = make();
    loaders.set(name, loader as DataLoader<unknown, unknown, unknown>);
  }
  return loader;
}
