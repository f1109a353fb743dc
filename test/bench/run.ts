/**
 * `pnpm bench [name ...] [flags]`: runs the benchmarks (all, or the ones named) and prints their figures.
 * The flags after the names go to the benchmarks (`pnpm bench api --quick`).
 */
import 'reflect-metadata';
import { benchApi } from './api';
import { benchEvents } from './events/bench';
import { benchStats } from './stats';

const benches: Record<string, (flags: string[]) => Promise<void>> = {
  events: benchEvents,
  stats: benchStats,
  api: benchApi,
};

async function main() {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const firstFlag = args.findIndex((a) => a.startsWith('-'));
  const wanted = firstFlag === -1 ? args : args.slice(0, firstFlag);
  const flags = firstFlag === -1 ? [] : args.slice(firstFlag);
  const names = wanted.length ? wanted : Object.keys(benches);
  for (const name of names) {
    const bench = benches[name];
    if (!bench) {
      console.error(`unknown benchmark ${name}; known: ${Object.keys(benches).join(', ')}`);
      process.exit(2);
    }
    await bench(flags);
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
