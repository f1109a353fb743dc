/** `pnpm bench [name]`: runs the benchmarks (all, or the one named) and prints their figures. */
import 'reflect-metadata';
import { benchEvents } from './events';
import { benchStats } from './stats';

const benches: Record<string, () => Promise<void>> = { events: benchEvents, stats: benchStats };

async function main() {
  const wanted = process.argv.slice(2).filter((a) => a !== '--');
  const names = wanted.length ? wanted : Object.keys(benches);
  for (const name of names) {
    const bench = benches[name];
    if (!bench) {
      console.error(`unknown benchmark ${name}; known: ${Object.keys(benches).join(', ')}`);
      process.exit(2);
    }
    await bench();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
