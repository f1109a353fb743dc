import { mkdirSync, writeFileSync } from 'node:fs';
import { ASYNCAPI_FILE, CATALOGUE_FILE, DOCS_DIR, renderAsyncApi, renderCatalogue } from './docs';

mkdirSync(DOCS_DIR, { recursive: true });
writeFileSync(ASYNCAPI_FILE, renderAsyncApi());
writeFileSync(CATALOGUE_FILE, renderCatalogue());
process.stdout.write(`Wrote ${ASYNCAPI_FILE} and ${CATALOGUE_FILE}\n`);
