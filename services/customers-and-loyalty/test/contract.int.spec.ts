import path from 'node:path';
import { expectSubgraphContract } from '@care/testing';
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
  const entity = await expectSubgraphContract(h.service.app, await h.token(['cs_manager']), {
    sdlFiles: subgraphSdlFiles(path.join(__dirname, '..')),
    entity: { __typename: 'Customer', id },
    fields: 'id name tier',
  });
  expect(entity).toEqual({ id, name: 'Entity', tier: 'MEMBER' });
});
