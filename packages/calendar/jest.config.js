module.exports = require('@care/testing/jest-preset')({ displayName: 'calendar', rootDir: __dirname });
