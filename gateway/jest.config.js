module.exports = require('@care/testing/jest-preset')({ displayName: 'gateway', rootDir: __dirname });
