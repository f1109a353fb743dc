module.exports = require('@care/testing/jest-preset')({ displayName: 'approvals', rootDir: __dirname });
