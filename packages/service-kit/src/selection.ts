import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/**
 * The fields selected directly in these selection sets, through inline fragments and fragment spreads
 * (each fragment once). A field under `@skip` / `@include` counts as selected: doing the work is safe.
 */
function fieldsWithin(info: SelectionInfo, sets: readonly (SelectionSetNode | undefined)[]): FieldNode[] {
  const visited = new Set<string>();
  const fields: FieldNode[] = [];
  const walk = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) fields.push(s);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!visited.has(s.name.value)) {
        visited.add(s.name.value);
        walk(info.fragments[s.name.value]?.selectionSet);
      }
    }
  };
  sets.forEach(walk);
  return fields;
}

/**
 * Whether the query selects `name` directly under the field being resolved (by any alias, through inline
 * fragments and fragment spreads), so a resolver can skip work nobody asked for, such as a connection's
 * `totalCount`.
 */
export function selectsField(info: SelectionInfo, name: string): boolean {
  return fieldsWithin(
    info,
    info.fieldNodes.map((f) => f.selectionSet),
  ).some((f) => f.name.value === name);
}

/**
 * Whether every field the query selects at `path` below the field being resolved (`['edges', 'node']`:
 * a connection's nodes) is one of `allowed` (`__typename` always is), so a resolver can read less, such
 * as a list that leaves out the large parts no selected field shows. Nothing selected there counts as
 * allowed; an unknown shape (a fragment that cannot be found) only ever hides fields, never adds them.
 */
export function selectsOnly(
  info: SelectionInfo,
  path: readonly string[],
  allowed: ReadonlySet<string>,
): boolean {
  let fields = fieldsWithin(
    info,
    info.fieldNodes.map((f) => f.selectionSet),
  );
  for (const step of path) {
    fields = fieldsWithin(
      info,
      fields.filter((f) => f.name.value === step).map((f) => f.selectionSet),
    );
  }
  return fields.every((f) => f.name.value === '__typename' || allowed.has(f.name.value));
}
