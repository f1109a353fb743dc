import { NATS_CLIENT_OPTIONS, natsServers } from '@care/messaging';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { Logger } from 'pino';
import { withTimeout } from './timeout';

export type { NatsConnection };

/**
 * Connects and keeps reconnecting for ever: a broker outage must not kill a service. With a logger,
 * the outage and the recovery are logged as they happen (see `logNatsStatus`).
 */
export async function connectNats(url: string, name: string, logger?: Logger): Promise<NatsConnection> {
  const nc = await connect({
    ...NATS_CLIENT_OPTIONS,
    ...natsServers(url),
    name,
    reconnect: true,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 1_000,
    waitOnFirstConnect: true,
    timeout: 5_000,
  });
  if (logger) void logNatsStatus(nc, logger);
  return nc;
}

/**
 * One warn line when the connection drops, one when the client starts reconnecting, and one info line
 * when it is back, each naming the server; the retries in between (one a second) are not logged.
 * Credentials never reach the log: the client reports servers as host:port.
 */
export async function logNatsStatus(nc: NatsConnection, logger: Logger): Promise<void> {
  let reconnecting = false;
  let server = nc.getServer();
  for await (const status of nc.status()) {
    switch (status.type) {
      case 'disconnect':
        server = status.server;
        logger.warn({ server }, 'NATS connection lost');
        break;
      case 'reconnecting':
        if (!reconnecting) logger.warn({ server }, 'NATS unreachable: reconnecting');
        reconnecting = true;
        break;
      case 'reconnect':
        reconnecting = false;
        logger.info({ server: status.server }, 'NATS connection restored');
        break;
    }
  }
}

export async function pingNats(nc: NatsConnection, timeoutMs = 2_000): Promise<void> {
  if (nc.isClosed()) throw new Error('NATS connection closed');
  await withTimeout(nc.flush(), timeoutMs, 'NATS did not answer');
}
