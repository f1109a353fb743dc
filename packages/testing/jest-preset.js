// Shared jest settings for every workspace project: TypeScript through swc (decorator metadata on,
// for TypeORM entities), ESM-only dependencies (jose) transformed to CommonJS, Node environment.
const path = require('node:path');

const esmOnly = ['jose'];

/** @param {{ displayName: string, rootDir: string, testMatch?: string[] }} options */
module.exports = function preset(options) {
  return {
    displayName: options.displayName,
    rootDir: options.rootDir,
    testEnvironment: 'node',
    testMatch: options.testMatch ?? ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
    transform: {
      '^.+\\.(t|j|mj)s$': [
        require.resolve('@swc/jest'),
        {
          jsc: {
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true },
            target: 'es2022',
          },
          module: { type: 'commonjs' },
        },
      ],
    },
    transformIgnorePatterns: [`/node_modules/(?!\\.pnpm|(${esmOnly.join('|')})/)`],
    moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
    setupFiles: [path.join(__dirname, 'jest-setup.js')],
    // As the root run's: a package's own `pnpm test` must pass on a busy machine too, where a set-up that
    // files a few hundred records can take longer than jest's 5 s default.
    testTimeout: 60_000,
  };
};
