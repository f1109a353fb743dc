module.exports = require('@care/testing/jest-preset')({ displayName: 'messaging', rootDir: __dirname });
