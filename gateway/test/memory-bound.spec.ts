import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseConfig } from '@care/service-kit';
import { TEST_JWT_SECRET } from '@care/testing';
import { parse, parseAllDocuments } from 'yaml';
import { REPO_ROOT } from '../src/composition';
import { configSchema, GATEWAY_NODE_OPTIONS } from '../src/config';

/* eslint-disable @typescript-eslint/no-explicit-any -- parsed YAML */
const yamlDocuments = (file: string): any[] =>
  parseAllDocuments(readFileSync(path.join(REPO_ROOT, file), 'utf8')).map((d) => d.toJS({ merge: true }));

const k8sGateway = () =>
  yamlDocuments('infra/k8s/base/gateway.yaml').find(
    (d) => d?.kind === 'Deployment' && d.metadata.name === 'gateway',
  ).spec.template.spec.containers[0];

/** The V8 heap limit, in MiB, of a node process started with these NODE_OPTIONS. */
function heapLimitMiB(nodeOptions: string): number {
  const run = spawnSync(
    process.execPath,
    ['-p', "Math.round(require('node:v8').getHeapStatistics().heap_size_limit / 2 ** 20)"],
    { env: { ...process.env, NODE_OPTIONS: nodeOptions }, encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  return Number(run.stdout.trim());
}

const mebibytes = (quantity: string) => {
  const [, n, unit] = /^(\d+)(Mi|Gi)$/.exec(quantity) ?? [];
  if (!n) throw new Error(`not a memory quantity in Mi or Gi: ${quantity}`);
  return Number(n) * (unit === 'Gi' ? 1024 : 1);
};

/** What the process holds besides the old generation (young generation, code, modules, buffers), measured. */
const REST_OF_PROCESS_MIB = 150;

describe("the gateway's heap bound (GATEWAY_NODE_OPTIONS)", () => {
  it('is what docker-compose and Kubernetes start the gateway with', () => {
    const compose = parse(readFileSync(path.join(REPO_ROOT, 'docker-compose.yml'), 'utf8'), {
      merge: true,
    }) as { services: Record<string, { environment?: Record<string, string> }> };
    expect(compose.services.gateway?.environment?.NODE_OPTIONS).toBe(GATEWAY_NODE_OPTIONS);
    const env = k8sGateway().env as { name: string; value?: string }[];
    expect(env.find((e) => e.name === 'NODE_OPTIONS')?.value).toBe(GATEWAY_NODE_OPTIONS);
  });

  it('is accepted by node in NODE_OPTIONS and sets its heap limit: the old generation, plus the young', () => {
    const bounded = heapLimitMiB(GATEWAY_NODE_OPTIONS);
    const oldGeneration = Number(/--max-old-space-size=(\d+)/.exec(GATEWAY_NODE_OPTIONS)?.[1]);
    expect(bounded).toBeGreaterThanOrEqual(oldGeneration);
    expect(bounded).toBeLessThan(oldGeneration + 100);
  });

  it("fits, with the rest of the process, under the Kubernetes container's memory limit", () => {
    const limit = mebibytes(k8sGateway().resources.limits.memory);
    expect(heapLimitMiB(GATEWAY_NODE_OPTIONS) + REST_OF_PROCESS_MIB).toBeLessThanOrEqual(limit);
  });

  it('is a setting the gateway knows (its configuration accepts NODE_OPTIONS)', () => {
    const config = parseConfig(configSchema, {
      JWT_SECRET: TEST_JWT_SECRET,
      NODE_OPTIONS: GATEWAY_NODE_OPTIONS,
    });
    expect(config.NODE_OPTIONS).toBe(GATEWAY_NODE_OPTIONS);
  });
});
