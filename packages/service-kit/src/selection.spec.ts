import {
  Kind,
  parse,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type FieldNode,
} from 'graphql';
import { selectsField, selectsOnly } from './selection';

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

describe('selectsOnly', () => {
  const NODE = ['edges', 'node'];
  const LIGHT = new Set(['number', 'status', 'customer']);

  it('is true when every field selected at the path is allowed, through aliases, fragments and repeats', () => {
    expect(selectsOnly(infoOf('{ list { edges { node { number status } } } }'), NODE, LIGHT)).toBe(true);
    expect(
      selectsOnly(
        infoOf(
          '{ list { totalCount edges { cursor node { n: number __typename ...F ... on C { customer { id name } } } } edges { node { status } } } } fragment F on C { status }',
        ),
        NODE,
        LIGHT,
      ),
    ).toBe(true);
    // Fields elsewhere in the connection, or below an allowed field, are not at the path.
    expect(selectsOnly(infoOf('{ list { totalCount edges { cursor } } }'), NODE, LIGHT)).toBe(true);
  });

  it('is false when any field at the path is not allowed, wherever it is selected from', () => {
    expect(selectsOnly(infoOf('{ list { edges { node { number timeline { at } } } } }'), NODE, LIGHT)).toBe(
      false,
    );
    expect(
      selectsOnly(
        infoOf(
          '{ list { ...L } } fragment L on Conn { edges { ... on E { node { ...N } } } } fragment N on C { solutions { id } }',
        ),
        NODE,
        LIGHT,
      ),
    ).toBe(false);
    expect(
      selectsOnly(
        infoOf('{ list { edges { node { number } } e2: edges { node { description } } } }'),
        NODE,
        LIGHT,
      ),
    ).toBe(false);
  });
});
