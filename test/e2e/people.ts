/**
 * The whole system as the people of a test file reach it: through the gateway, each with a token of their
 * own, with a partner reading the streams the file names from their start.
 */
import {
  dataOf,
  gql,
  harnessForFile,
  tapStream,
  testToken,
  type EventTap,
  type GqlResult,
  type TestActor,
} from '@care/testing';
import { startSystem, type System } from './harness';

/** An answer's data, as the tests read it. */
export type D = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

type Variables = Record<string, unknown>;

/** One of the people of the file, by name, or anyone else as an actor. */
export type Who<P extends string> = P | TestActor;

export interface People<P extends string> {
  /** The system, once it is up (in tests and hooks). */
  readonly system: System;
  /** The partner's tap on one of the streams named (e.g. CARE_APPROVALS). */
  tap(stream: string): EventTap;
  /** One operation through the gateway as `who`, with a token of their own. */
  raw<T = D>(who: Who<P>, query: string, variables?: Variables): Promise<GqlResult<T>>;
  /** The data of an operation through the gateway that must succeed. */
  call<T = D>(who: Who<P>, query: string, variables?: Variables): Promise<T>;
}

/** Started before the tests of the file and stopped after them; `raw` and `call` may be taken at once. */
export function peopleForFile<P extends string>(
  people: Record<P, TestActor>,
  streams: string[] = [],
): People<P> {
  const world = harnessForFile(async () => {
    const system = await startSystem();
    const taps: Record<string, EventTap> = {};
    const close = async () => {
      for (const tap of Object.values(taps)) await tap.stop();
      await system.stop();
    };
    try {
      for (const stream of streams) taps[stream] = await tapStream(system.namespace, stream);
    } catch (error) {
      await close();
      throw error;
    }
    return { system, taps, close };
  }, 120_000);
  const tokens = new Map<string, Promise<string>>();
  const tokenOf = (who: Who<P>) => {
    const actor = typeof who === 'string' ? people[who] : who;
    const key = JSON.stringify(actor);
    if (!tokens.has(key)) tokens.set(key, testToken(actor));
    return tokens.get(key)!;
  };
  const raw = async <T = D>(who: Who<P>, query: string, variables: Variables = {}) =>
    gql<T>(world.system.gateway.app, query, variables, { token: await tokenOf(who) });
  return {
    get system() {
      return world.system;
    },
    tap: (stream) => {
      const tap = world.taps[stream];
      if (!tap) throw new Error(`no tap on ${stream}: name it in peopleForFile`);
      return tap;
    },
    raw,
    call: async <T = D>(who: Who<P>, query: string, variables: Variables = {}) =>
      dataOf(await raw<T>(who, query, variables)),
  };
}

/** A customer registered and identity-verified by `who`, who then spent `spend` CNY (1 point per yuan). */
export async function customerWhoSpent<W>(
  call: <T>(who: W, query: string, variables: Variables) => Promise<T>,
  who: W,
  name: string,
  spend: string,
): Promise<string> {
  const { registerCustomer } = await call<{ registerCustomer: { id: string } }>(
    who,
    `mutation($name: String!) { registerCustomer(input: { name: $name, region: "CN-ZJ" }) { id } }`,
    { name },
  );
  const id = registerCustomer.id;
  await call(
    who,
    `mutation($id: ID!) { verifyIdentity(input: { customerId: $id, documentType: "ID_CARD", documentNumber: "330102199001011234" }) { id } }`,
    { id },
  );
  await call(
    who,
    `mutation($id: ID!, $order: String!, $amount: Decimal!) { recordPurchase(input: { customerId: $id, orderNumber: $order, amount: $amount }) { id } }`,
    { id, order: `SO-${id.slice(0, 8)}`, amount: spend },
  );
  return id;
}
