module.exports = require('@care/testing/jest-preset')({ displayName: 'contracts', rootDir: __dirname });
