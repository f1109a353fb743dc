import path from 'node:path';
import { checkSubgraphContract, fileTypeShapes, typeShapes } from '@care/testing';
import { subgraphSdlFiles } from '@care/service-kit';
import { useHarness } from './harness';

const h = useHarness('loyalty_contract');

it('answers _service { sdl } with its schema file and resolves Customer entities by id', async () => {
  const { registerCustomer } = await h.ok<{ registerCustomer: { id: string } }>(
    `mutation { registerCustomer(input: { name: "Entity" }) { id } }`,
    {},
    ['cs_manager'],
  );
  const id = registerCustomer.id;
  const files = subgraphSdlFiles(path.join(__dirname, '..'));
  const { sdl, entity } = await checkSubgraphContract(h.service.app, await h.token(['cs_manager']), {
    sdlFile: files,
    representation: { __typename: 'Customer', id },
    selection: '... on Customer { id name tier }',
  });
  expect(typeShapes(sdl)).toEqual(fileTypeShapes(files));
  expect(sdl).toMatch(/type Customer\s+@key\(fields: "id"\)/);
  expect(entity).toEqual({ id, name: 'Entity', tier: 'MEMBER' });
});
