import { randomBytes } from 'node:crypto';
import { createLogger, parseConfig, type SubgraphHandle } from '@care/service-kit';
import {
  eventAbout,
  harnessForFile,
  startServiceHarness,
  withStreamTap,
  type ServiceHarness,
  type TestActor,
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

/**
 * Governance for one test file that counts its SQL statements (started before its tests, closed after
 * them): with a document key, and no job running on its own meanwhile.
 */
export function countingGovernanceForFile(label: string) {
  return harnessForFile(() =>
    startGovernance(label, new Date(), {
      DOCUMENT_KEYS: `k1:${randomBytes(32).toString('base64')}`,
      DOCUMENT_ACTIVE_KEY_ID: 'k1',
      AUDIT_PURGE_INTERVAL_SECONDS: '0',
      VIOLATION_JOB_INTERVAL_SECONDS: '0',
      INCIDENT_JOB_INTERVAL_SECONDS: '0',
      RECTIFICATION_JOB_INTERVAL_SECONDS: '0',
    }),
  );
}

/** A harness with a tap on governance's stream (governanceWithTapForFile). */
type Tapped = { tap: Parameters<typeof eventAbout>[0] };

/** Waits for the event of `type` governance emitted about `subject` (an aggregate's id) on its tapped stream. */
export const governanceEvent = (h: Tapped, subject: string, type: `care.governance.${string}`) =>
  eventAbout(h.tap, type, subject);

/** Waits for the event of `type` governance emitted about `subject`, and checks that its data holds `data`. */
export const expectGovernanceEvent = async (
  h: Tapped,
  subject: string,
  type: `care.governance.${string}`,
  data: Record<string, unknown>,
) => expect((await governanceEvent(h, subject, type)).data).toMatchObject(data);

/* eslint-disable @typescript-eslint/no-explicit-any */
/** What a mutation answered, as the tests read it. */
export type Answer = Record<string, any>;

/**
 * The steps of rectification items (DOMAIN 4.4) against the harness: their mutations, each answering
 * `selection` of the item, and `act`, which runs one as the actor, fails the test on any error and answers
 * the item.
 */
export function rectificationSteps(h: Pick<GovernanceHarness, 'ok'>, selection: string) {
  const mutation = (name: string, input: string) =>
    `mutation($input: ${input}!) { ${name}(input: $input) ${selection} }`;
  return {
    M: {
      open: mutation('openRectificationItem', 'OpenRectificationItemInput'),
      name: mutation('nameRectificationOwner', 'NameRectificationOwnerInput'),
      progress: mutation('reportRectificationProgress', 'ReportRectificationProgressInput'),
      complete: mutation('completeRectificationItem', 'CompleteRectificationItemInput'),
      verify: mutation('verifyRectificationItem', 'VerifyRectificationItemInput'),
    },
    act: async (actor: TestActor, step: string, input: Record<string, unknown>): Promise<Answer> =>
      Object.values(await h.ok<Record<string, Answer>>(step, { input }, actor))[0]!,
  };
}

/** An ordinary audit finding for the sales department to put right: the input of openRectificationItem. */
export const auditFinding = (changes: Record<string, unknown> = {}) => ({
  source: 'AUDIT',
  sourceId: 'AR-2026-004',
  description: 'CRM tags differ from real spend for 3 customers',
  severity: 'ORDINARY',
  ownerDepartment: 'SALES',
  ...changes,
});

/** A natural disaster's exception application (DOMAIN 4.6): a typhoon closes a warehouse; `changes` say otherwise. */
export const typhoonException = (changes: Record<string, unknown> = {}) => ({
  kind: 'NATURAL_DISASTER',
  title: 'Typhoon: extend delivery complaint limits in Zhejiang by a week',
  exceptionTo: 'DOMAIN 1 resolution time limits for logistics complaints',
  justification: 'The Ningbo warehouse is closed by the typhoon',
  riskAssessment: {
    level: 'MEDIUM',
    risks: 'Customers wait longer',
    mitigation: 'Every customer is told at once',
  },
  ...changes,
});

/** A violation as compliance opens it: sales-7 entered a customer record wrongly; `changes` say otherwise. */
export const wrongCustomerData = (changes: Record<string, unknown> = {}) => ({
  level: 'ORDINARY',
  category: 'WRONG_CUSTOMER_DATA',
  personId: 'sales-7',
  summary: 'A customer record entered wrongly',
  report: 'Investigation report CR-2026-003',
  ...changes,
});
