import { createLogger, installGracefulShutdown } from '@care/service-kit/stateless';
import { startGateway } from './app';
import { readConfig } from './config';

const config = readConfig();
const logger = createLogger('gateway', config.LOG_LEVEL);
startGateway(config, logger)
  .then((gateway) => installGracefulShutdown(logger, [{ name: 'gateway', close: gateway.close }]))
  .catch((error) => {
    logger.fatal({ err: error }, 'gateway failed to start');
    process.exit(1);
  });
