module.exports = require('@care/testing/jest-preset')({ displayName: 'service-kit', rootDir: __dirname });
