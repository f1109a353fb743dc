module.exports = require('@care/testing/jest-preset')({
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/e2e/**/*.spec.ts', '<rootDir>/bench/**/*.spec.ts'],
});
