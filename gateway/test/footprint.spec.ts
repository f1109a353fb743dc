import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The gateway keeps no data: it must not load the subgraphs' database and event stream libraries, whose
 * code and sources would sit in its heap (and be marked on every full collection) for nothing.
 */
describe("the gateway's footprint", () => {
  it('loads neither TypeORM, pg nor the messaging package', () => {
    const script = `
      require('./src/app');
      const loaded = Object.keys(require.cache);
      const count = (part) => loaded.filter((file) => file.includes(part)).length;
      console.log(JSON.stringify({
        typeorm: count('/node_modules/typeorm/'),
        pg: count('/node_modules/pg/'),
        messaging: count('/packages/messaging/'),
        serviceKit: count('/packages/service-kit/src/'),
      }));`;
    const output = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], {
      cwd: path.resolve(__dirname, '..'),
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    const counts = JSON.parse(output.trim().split('\n').at(-1)!) as Record<string, number>;
    expect(counts).toEqual({ typeorm: 0, pg: 0, messaging: 0, serviceKit: expect.any(Number) });
    // The kit itself is loaded (its stateless part): the check above looks in the right place.
    expect(counts.serviceKit).toBeGreaterThan(5);
  });
});
