import path from 'node:path';
import { createLogger, parseConfig, type SubgraphHandle } from '@care/service-kit';
import {
  checkSubgraphContract,
  dataOf,
  fileTypeShapes,
  gql,
  startServiceHarness,
  typeShapes,
  testToken,
  type ServiceHarness,
} from '@care/testing';
import { startService } from '../src/app';
import { configSchema } from '../src/config';

let harness: ServiceHarness<SubgraphHandle>;
let service: SubgraphHandle;

beforeAll(async () => {
  harness = await startServiceHarness({
    label: 'loyalty_contract',
    start: (env) => startService(parseConfig(configSchema, env), createLogger('test', 'silent')),
  });
  service = harness.service;
});

afterAll(async () => {
  await harness?.close();
});

it('answers _service { sdl } with its schema file and resolves Customer entities by id', async () => {
  const token = await testToken({ roles: ['cs_manager'] });
  const { id } = dataOf(
    await gql<{ registerCustomer: { id: string } }>(
      service.app,
      `mutation { registerCustomer(input: { name: "Entity" }) { id } }`,
      {},
      { token },
    ),
  ).registerCustomer;
  const { sdl, entity } = await checkSubgraphContract(service.app, token, {
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
