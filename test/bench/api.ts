/**
 * `pnpm bench api`: the API's throughput, latency, SQL statements per request and the gateway's memory,
 * on the real Postgres and NATS, with a seeded volume (api/seed-sql.ts). Every server is a child process
 * (api/processes.ts); the load generator runs here. Each comparison alternates its targets round by
 * round, and the figures are ratios to a reference measured in the same run (api/reference/), so they
 * stay comparable across machines and across runs on a busy one. The two-subgraph list is also sent
 * at half its maximum rate, through the gateway and straight to each subgraph (api/half-rate.ts), to
 * hold the gateway's p99 there to twice the sum of the subgraphs'. See docs/operations.md, "Benchmarks".
 */
import { randomInt } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseApiArgs, UsageError, USAGE, type ApiBenchOptions } from './api/args';
import { halfRate, halfRateReport, LIST_SIZE } from './api/half-rate';
import { compare, type Comparison, type ComparisonResult, type Target } from './api/load';
import { gatewayMemory, gatewayMix, type MemoryFigures } from './api/memory';
import { ROOT, rssMiB, type Server } from './api/processes';
import { loadAverage, num, statementsTable, throughputTable, type RatioPair } from './api/report';
import { OPERATIONS, callers, graphqlBody, post, type Callers } from './api/scenarios';
import { customerIdOf, sampleComplaintIds, seedVolume } from './api/seed';
import { countStatements } from './api/statements';
import { startGateway, startReference, startSubgraphs, type BenchSystem } from './api/system';
import { benchWrites } from './api/writes';

const log = (line: string) => console.log(`api: ${line}`);
const seconds = (since: number) => `${((Date.now() - since) / 1_000).toFixed(1)} s`;

interface Servers {
  complaints: Server;
  loyalty: Server;
  gateway: Server;
  reference: Server;
}

const SUBGRAPH = 'complaints subgraph';
const REFERENCE = 'reference';
const GATEWAY = 'gateway';
type Label = typeof SUBGRAPH | typeof REFERENCE | typeof GATEWAY;
/** The two-subgraph list, measured at full load and then at half that rate (api/half-rate.ts). */
const TWO_SUBGRAPH_LIST = `${LIST_SIZE} complaints with customer { name tier } (2 subgraphs)`;

/**
 * The read comparisons: [comparison, which ratios to print]. Each prints the ratios its targets allow:
 * the complaints subgraph to the reference, the gateway to the complaints subgraph reached directly.
 */
function readComparisons(s: Servers, who: Callers, ids: string[]): [Comparison, RatioPair[]][] {
  const servers: Record<Label, Server> = {
    [SUBGRAPH]: s.complaints,
    [REFERENCE]: s.reference,
    [GATEWAY]: s.gateway,
  };
  const healthz = (label: Label): Target => ({ label, url: `${servers[label].base}/healthz`, method: 'GET' });
  const gql = (label: Label, query: string, token = who.staff): Target => ({
    label,
    url: servers[label].graphql,
    token,
    body: graphqlBody(query),
  });
  /** The same query sent to each of these servers. */
  const same = (query: string, ...labels: Label[]) => labels.map((label) => gql(label, query));
  const byId = (label: Label): Target => ({
    ...gql(label, OPERATIONS.byId),
    body: () => graphqlBody(OPERATIONS.byId, { id: ids[randomInt(ids.length)] }),
  });
  const from = new Date(Date.now() - 90 * 86_400_000).toISOString();
  const analyst = (label: Label, query: string): Target => ({
    ...gql(label, query, who.supervisor),
    body: graphqlBody(query, { from }),
  });
  const comparison = (title: string, ...targets: Target[]): [Comparison, RatioPair[]] => {
    const has = (label: Label) => targets.some((t) => t.label === label);
    const ratios: RatioPair[] = [];
    if (has(REFERENCE)) ratios.push([SUBGRAPH, REFERENCE]);
    if (has(GATEWAY)) ratios.push([GATEWAY, SUBGRAPH]);
    return [{ title, targets }, ratios];
  };
  return [
    comparison('GET /healthz', healthz(SUBGRAPH), healthz(REFERENCE)),
    comparison('{ __typename } with a token', ...same(OPERATIONS.typename, SUBGRAPH, REFERENCE)),
    comparison('complaints(first: 20)', ...same(OPERATIONS.list(20), SUBGRAPH, REFERENCE, GATEWAY)),
    comparison('complaint(id)', byId(SUBGRAPH), byId(REFERENCE)),
    comparison(
      TWO_SUBGRAPH_LIST,
      gql(GATEWAY, OPERATIONS.listWithCustomer(LIST_SIZE)),
      gql(SUBGRAPH, OPERATIONS.listWithCustomerIds(LIST_SIZE)),
    ),
    comparison(
      'analyst query (3 subgraphs)',
      analyst(GATEWAY, OPERATIONS.analyst),
      analyst(SUBGRAPH, OPERATIONS.analystComplaints),
    ),
  ];
}

/** The reference must answer what the complaints subgraph answers, or its figures mean nothing. */
async function checkReference(s: Servers, who: Callers, ids: string[]): Promise<void> {
  for (const [query, variables] of [
    [OPERATIONS.list(20), undefined],
    [OPERATIONS.byId, { id: ids[0] }],
  ] as const) {
    const real = await post(s.complaints.graphql, who.staff, query, variables);
    const reference = await post(s.reference.graphql, who.staff, query, variables);
    if (JSON.stringify(real) !== JSON.stringify(reference))
      throw new Error(
        `the reference answers ${query} differently:\n${JSON.stringify(reference).slice(0, 400)}`,
      );
  }
}

/** The gateway's rps for the two-subgraph list in the throughput comparison (the median of its rounds). */
function maximumRate(reads: { result: ComparisonResult }[]): number {
  const list = reads.find((r) => r.result.title === TWO_SUBGRAPH_LIST)?.result;
  const gateway = list?.summaries.find((s) => s.label === GATEWAY);
  if (!gateway) throw new Error(`no gateway figures for ${TWO_SUBGRAPH_LIST}`);
  return gateway.summary.rps;
}

function memoryLine(fresh: number, m: MemoryFigures): string {
  const first = m.samples[0];
  const last = m.samples[m.samples.length - 1];
  if (!first || !last) return 'Gateway RSS: no mixed requests were sent';
  const signed = (n: number) => `${n >= 0 ? '+' : ''}${num(n)}`;
  // Growth after the first sample is what a leak looks like; the first tenth is mostly warm-up.
  const later =
    m.samples.length > 1 ? `, ${signed(last[1] - first[1])} MiB after the first ${num(first[0])}` : '';
  return (
    `Gateway RSS (its own process, MiB): ${num(fresh)} when started, ${num(m.before)} before ${num(m.sent)} ` +
    `mixed reads; after ${m.samples.map(([n, rss]) => `${num(n)}: ${num(rss)}`).join(', ')} ` +
    `(${signed(last[1] - m.before)} MiB in all${later}; ${num(m.sent / m.seconds)} requests/s, ` +
    `${num(m.failed)} failed${m.capped ? `; stopped by the ${num(m.capSeconds)} s cap before ${num(m.requested)}` : ''})`
  );
}

async function run(options: ApiBenchOptions): Promise<void> {
  const startedAt = new Date();
  const loadAtStart = os.loadavg();
  log(
    `${os.cpus().length} CPUs, load average ${loadAverage()} (1, 5, 15 min), node ${process.version}; ` +
      `${options.rounds} rounds of about ${options.duration} s per target, ${options.connections} connections, ` +
      `services in production mode with LOG_LEVEL=${options.logLevel}`,
  );
  let started = Date.now();
  let system: BenchSystem | undefined;
  const extra: Server[] = [];
  let finished = false;
  try {
    system = await startSubgraphs({ logLevel: options.logLevel });
    log(`four subgraphs started on fresh schemas in ${seconds(started)}`);
    started = Date.now();
    await seedVolume(
      { loyalty: system.schemas['customers-and-loyalty'], complaints: system.schemas.complaints },
      options,
    );
    log(
      `seeded ${num(options.customers)} customers and ${num(options.complaints)} complaints in ${seconds(started)}`,
    );
    const both = await Promise.allSettled([startGateway(system, options.logLevel), startReference(system)]);
    for (const r of both) if (r.status === 'fulfilled') extra.push(r.value);
    for (const r of both) if (r.status === 'rejected') throw r.reason;
    const [gateway, reference] = extra as [Server, Server];
    const s: Servers = {
      complaints: system.subgraphs.complaints,
      loyalty: system.subgraphs['customers-and-loyalty'],
      gateway,
      reference,
    };
    const fresh = rssMiB(gateway.pid);
    const who = await callers();
    const ids = await sampleComplaintIds(system.schemas.complaints, 2_000);
    const customerIds = Array.from({ length: Math.min(options.customers, 2_000) }, () =>
      customerIdOf(randomInt(options.customers)),
    );
    await checkReference(s, who, ids);
    log(
      'reference subgraph: Apollo Server 5 + express 5 + pg Pool, the SQL of the complaints subgraph, ' +
        'and its bearer check (jose HS256 verify, as every subgraph does on every request); no logging, ' +
        'metrics, validation or limits. It answers the measured reads with the same data.',
    );

    const statements = await countStatements({
      ...s,
      gatewayUrl: gateway.graphql,
      token: who.staff,
      complaintIds: ids,
      customerIds,
    });
    console.log(
      `\nSQL statements per request (counted in each server, one request at a time)\n${statementsTable(statements)}`,
    );

    const memory = await gatewayMemory(gateway, gatewayMix(gateway, who, ids, customerIds), {
      requests: options.rssRequests,
      seconds: options.rssSeconds,
      connections: options.connections,
    });
    console.log(`\n${memoryLine(fresh, memory)}`);

    const reads = [];
    for (const [comparison, ratios] of readComparisons(s, who, ids)) {
      reads.push({ result: await compare(comparison, options), ratios });
    }
    // Before the writes, which add complaints to the head of the list.
    const half = await halfRate(
      { ...s, token: who.staff, maxRps: maximumRate(reads) },
      { rounds: options.rounds, seconds: options.halfRateSeconds, connections: options.connections },
    );
    const writes = await benchWrites({
      namespace: system.namespace,
      gatewayUrl: gateway.graphql,
      directUrl: s.complaints.graphql,
      token: who.staff,
      customerIds,
      settings: options,
    });
    const ratios: RatioPair[] = [[GATEWAY, SUBGRAPH]];
    console.log(
      `\nThroughput and latency: medians of ${options.rounds} rounds; rps = successful responses (2xx, no GraphQL error) a second; ` +
        `ratios = medians of the per-round ratios (rps of the target / rps of the other; p50 likewise)\n` +
        throughputTable([...reads, { result: writes.result, ratios }]),
    );
    console.log(`\n${halfRateReport(TWO_SUBGRAPH_LIST, half)}`);
    console.log(
      `\nfileComplaint events: complaint.received seen on NATS for ${num(writes.events)} of the ` +
        `${num(writes.filed)} filings answered; ${num(writes.eventsPerSecond)} events/s over the write phase ` +
        `(both targets, warm-ups included); from the HTTP answer to the event p50 ${num(writes.lagP50)} ms, ` +
        `p99 ${num(writes.lagP99)} ms`,
    );
    log(`load average at the end ${loadAverage()}; all in ${seconds(startedAt.getTime())}`);
    if (options.out) {
      const file = path.resolve(ROOT, options.out);
      mkdirSync(path.dirname(file), { recursive: true });
      const { out: _out, ...settings } = options;
      writeFileSync(
        file,
        `${JSON.stringify(
          {
            startedAt,
            machine: {
              cpus: os.cpus().length,
              loadAverageAtStart: loadAtStart,
              loadAverageAtEnd: os.loadavg(),
              node: process.version,
            },
            settings,
            statements,
            gatewayRss: { fresh, ...memory },
            reads: reads.map((r) => r.result),
            halfRate: { title: TWO_SUBGRAPH_LIST, ...half },
            writes,
          },
          null,
          2,
        )}\n`,
      );
      log(`figures written to ${file.startsWith(`${ROOT}/`) ? path.relative(ROOT, file) : file}`);
    }
    finished = true;
  } finally {
    for (const server of extra) await server.stop();
    await system?.stop();
    // The servers' logs are kept for a run that failed, to see why.
    if (system && finished) rmSync(system.logDir, { recursive: true, force: true });
    else if (system) log(`the servers' logs are in ${system.logDir}`);
  }
}

export async function benchApi(argv: string[] = []): Promise<void> {
  let options: ApiBenchOptions;
  try {
    options = parseApiArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) console.error(`api: ${error.message}`);
    console.error(USAGE);
    process.exitCode = error.message ? 2 : 0; // --help is no error
    return;
  }
  await run(options);
}
