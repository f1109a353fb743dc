module.exports = require('@care/testing/jest-preset')({ displayName: 'complaints', rootDir: __dirname });
