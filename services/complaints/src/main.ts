import { runService } from '@care/service-kit';
import { SERVICE_NAME, startService } from './app';
import { readConfig } from './config';

runService(SERVICE_NAME, readConfig, startService);
