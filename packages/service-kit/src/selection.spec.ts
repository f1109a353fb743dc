import {
  Kind,
  parse,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type FieldNode,
} from 'graphql';
import { selectsField } from './selection';

/** The resolve info of the query's first root field, as graphql-js hands it to that field's resolver. */
function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const root = operation.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [root], fragments };
}

describe('selectsField', () => {
  it('finds a field selected directly or under an alias', () => {
    expect(selectsField(infoOf('{ list { totalCount edges { cursor } } }'), 'totalCount')).toBe(true);
    expect(selectsField(infoOf('{ list { n: totalCount } }'), 'totalCount')).toBe(true);
  });

  it('finds it through inline fragments and (nested) fragment spreads', () => {
    expect(selectsField(infoOf('{ list { ... on Conn { totalCount } } }'), 'totalCount')).toBe(true);
    expect(
      selectsField(
        infoOf('{ list { ...A } } fragment A on Conn { ...B } fragment B on Conn { totalCount }'),
        'totalCount',
      ),
    ).toBe(true);
  });

  it('does not find a field that is not asked for, or asked for only deeper down', () => {
    expect(selectsField(infoOf('{ list { edges { cursor } } }'), 'totalCount')).toBe(false);
    expect(selectsField(infoOf('{ list { edges { node { totalCount } } } }'), 'totalCount')).toBe(false);
    expect(
      selectsField(infoOf('{ list { ...A } } fragment A on Conn { pageInfo { hasNextPage } }'), 'totalCount'),
    ).toBe(false);
  });

  it('looks at every node of the field (the same field asked for twice)', () => {
    const info = infoOf('{ list { edges { cursor } } }');
    const other = infoOf('{ list { totalCount } }');
    expect(
      selectsField({ ...info, fieldNodes: [...info.fieldNodes, ...other.fieldNodes] }, 'totalCount'),
    ).toBe(true);
  });
});
