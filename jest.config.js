// One jest run over every workspace project, so `pnpm test` prints one total.
module.exports = {
  projects: [
    '<rootDir>/packages/*/jest.config.js',
    '<rootDir>/services/*/jest.config.js',
    '<rootDir>/gateway/jest.config.js',
    '<rootDir>/test/jest.config.js',
    '<rootDir>/test/architecture/jest.config.js',
  ],
  maxWorkers: process.env.CI ? 2 : '50%',
  testTimeout: 60_000,
};
