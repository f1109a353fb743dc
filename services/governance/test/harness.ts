import { createLogger, parseConfig, type SubgraphHandle } from '@care/service-kit';
import {
  eventSeen,
  harnessForFile,
  startServiceHarness,
  withStreamTap,
  type ServiceHarness,
} from '@care/testing';
import { startService } from '../src/app';
import type { Deps } from '../src/application/ports';
import { configSchema } from '../src/config';

export type GovernanceHarness = ServiceHarness<SubgraphHandle<Deps>>;

/**
 * Governance on a fresh schema and NATS namespace, living at the time the test sets: by default the real
 * time, because the database's guard of the retention period (DOMAIN 4.1) reads the database's own clock.
 * `env`: settings beyond the test defaults (document keys, a job's interval).
 */
export function startGovernance(
  label = 'governance',
  startAt: Date | string = new Date(),
  env: Record<string, string> = {},
): Promise<GovernanceHarness> {
  return startServiceHarness({
    label,
    startAt,
    env,
    start: (env, clock) =>
      startService(parseConfig(configSchema, env), createLogger('governance-test', 'silent'), { clock }),
  });
}

/**
 * Governance for one test file (started before its tests, closed after them) with a tap on its own stream,
 * for tests that assert the events it emits. Arguments as `startGovernance`'s.
 */
export function governanceWithTapForFile(
  label: string,
  startAt: Date | string,
  env: Record<string, string> = {},
) {
  return harnessForFile(async () =>
    withStreamTap(await startGovernance(label, startAt, env), 'CARE_GOVERNANCE'),
  );
}

/** Waits for the event of `type` governance emitted about `subject` (an aggregate's id) on its tapped stream. */
export const governanceEvent = (
  h: { tap: Parameters<typeof eventSeen>[0] },
  subject: string,
  type: `care.governance.${string}`,
) => eventSeen(h.tap, (e) => e.subject === subject && e.type === type);
