import path from 'node:path';
import { checkSubgraphContract, fileTypeShapes, typeShapes } from '@care/testing';
import { useHarness } from './harness';

const h = useHarness('loyalty_contract');

it('answers _service { sdl } with its schema file and resolves Customer entities by id', async () => {
  const { registerCustomer } = await h.ok<{ registerCustomer: { id: string } }>(
    `mutation { registerCustomer(input: { name: "Entity" }) { id } }`,
    {},
    ['cs_manager'],
  );
  const id = registerCustomer.id;
  const { sdl, entity } = await checkSubgraphContract(h.service.app, await h.token(['cs_manager']), {
    sdlFile: path.join(__dirname, '..', 'src', 'graphql', 'schema.graphql'),
    representation: { __typename: 'Customer', id },
    selection: '... on Customer { id name tier }',
  });
  expect(typeShapes(sdl)).toEqual(
    fileTypeShapes(path.join(__dirname, '..', 'src', 'graphql', 'schema.graphql')),
  );
  expect(sdl).toMatch(/type Customer\s+@key\(fields: "id"\)/);
  expect(entity).toEqual({ id, name: 'Entity', tier: 'MEMBER' });
});
