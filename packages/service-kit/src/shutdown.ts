import type { Logger } from 'pino';

export type Closer = { name: string; close: () => Promise<unknown> | unknown };

/**
 * Closes everything in order on SIGTERM / SIGINT (HTTP first, then consumers, broker, database) and
 * exits; a second signal or the grace period running out forces the exit. A process started by a
 * supervisor with an IPC channel (the dev launcher) also shuts down when that channel closes, so it
 * never outlives a supervisor that was killed outright.
 */
export function installGracefulShutdown(
  logger: Logger,
  closers: Closer[],
  graceMs = 10_000,
): () => Promise<void> {
  let closing: Promise<void> | undefined;
  const shutdown = (signal: string) => {
    if (closing) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown took too long: exiting');
      process.exit(1);
    }, graceMs);
    timer.unref();
    closing = closeAll(logger, closers).then(() => {
      logger.info('stopped');
      process.exit(0);
    });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  if (process.channel) {
    process.once('disconnect', () => shutdown('supervisor gone'));
    process.channel.unref(); // the channel alone must not keep the process alive
  }
  return () => closeAll(logger, closers);
}

export async function closeAll(logger: Logger, closers: Closer[]): Promise<void> {
  for (const closer of closers) {
    try {
      await closer.close();
    } catch (error) {
      logger.error({ err: error, component: closer.name }, 'error while closing');
    }
  }
}
