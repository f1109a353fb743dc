// Checks on the shape of the code base as a whole (import rules, dependency graph): no services needed.
module.exports = require('@care/testing/jest-preset')({
  displayName: 'architecture',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.spec.ts'],
});
