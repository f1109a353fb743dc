module.exports = require('@care/testing/jest-preset')({
  displayName: 'customers-and-loyalty',
  rootDir: __dirname,
});
