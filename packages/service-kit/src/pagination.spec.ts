import { decodeCursor, Edge, encodeCursor, toConnection, type Keyset } from './pagination';

const at = new Date('2026-03-02T08:00:00.000Z');
const rows = ['a', 'b', 'c'].map((name, i) => ({
  name,
  key: { at: new Date(at.getTime() + i * 60_000), id: `0000000${i}-0000-4000-8000-000000000000` },
}));

describe('a connection built from a page', () => {
  it('makes each cursor only when it is read, once, and as encodeCursor would', () => {
    const made: string[] = [];
    const keyOf = (row: (typeof rows)[number]): Keyset => {
      made.push(row.name);
      return row.key;
    };
    const connection = toConnection(rows, 2, 3, keyOf, false);
    // The page info names its first and last cursors: those two are made, the others not yet.
    expect(made).toEqual(['a', 'b']);
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: encodeCursor(rows[0]!.key),
      endCursor: encodeCursor(rows[1]!.key),
    });
    expect(connection.edges.map((e) => e.node.name)).toEqual(['a', 'b']);
    expect(connection.edges.map((e) => e.cursor)).toEqual(
      [rows[0], rows[1]].map((r) => encodeCursor(r!.key)),
    );
    expect(made).toEqual(['a', 'b']);
    expect(decodeCursor(connection.edges[1]!.cursor)).toEqual(rows[1]!.key);
  });

  it('gives an edge that is never asked for its cursor none', () => {
    let calls = 0;
    const edge = new Edge({ id: 1 }, () => `cursor-${++calls}`);
    expect(edge.node).toEqual({ id: 1 });
    expect(calls).toBe(0);
    expect([edge.cursor, edge.cursor]).toEqual(['cursor-1', 'cursor-1']);
    expect(calls).toBe(1);
    // Serialised, an edge shows its node (and its cursor only through GraphQL, which reads it).
    expect(JSON.parse(JSON.stringify(edge))).toEqual({ node: { id: 1 } });
  });
});
