module.exports = require('@care/testing/jest-preset')({ displayName: 'governance', rootDir: __dirname });
