import { runMigrations } from '@care/service-kit';
import { readConfig } from '../config';
import { entities, migrations } from './index';

runMigrations('complaints', readConfig, { entities, migrations });
