module.exports = require('@care/testing/jest-preset')({ displayName: 'domain-kernel', rootDir: __dirname });
