// Black-box API tests: one built API process (dist/apps/api/main.js) on a fresh PostgreSQL
// database per run; tests run in band because they share that database and truncate it.
module.exports = {
  displayName: 'api-e2e',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/src/support/each-test.ts'],
  maxWorkers: 1,
  // The failing tests' names also go to a file that `npm test` prints under its summary.
  reporters: ['default', ['<rootDir>/../../tools/lib/jest-failure-reporter.cjs', { file: '../../tmp/test-failures/api-e2e.txt' }]],
  testTimeout: 30_000,
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
};
