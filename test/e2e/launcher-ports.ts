import { GATEWAY, SUBGRAPHS } from '@care/infra/dev/services';
import { freePorts } from '@care/testing';

const SPECS = [GATEWAY, ...SUBGRAPHS];

/**
 * Ports nobody listens on: `env` has one per launcher variable (GATEWAY_PORT, COMPLAINTS_PORT, ...),
 * `extra` another `extraCount` for the test's own use; all of them different.
 */
export async function launcherPorts(
  extraCount = 0,
): Promise<{ env: Record<string, string>; extra: number[] }> {
  const ports = await freePorts(SPECS.length + extraCount);
  return {
    env: Object.fromEntries(SPECS.map((spec, i) => [spec.portVar, String(ports[i])])),
    extra: ports.slice(SPECS.length),
  };
}
