/**
 * Jest 30 with ts-jest. `unit` needs nothing; `integration` boots the real AppModule on PostgreSQL and Redis;
 * `web` checks the web application's generated API types and its pure helpers; `e2e` builds the web application once and
 * walks it in Debian's chromium (playwright-core) against the real api on PostgreSQL and Redis.
 */
const base = {
  moduleFileExtensions: ['js', 'json', 'ts'],
  rootDir: '.',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
  moduleNameMapper: {
    '^@tp/domain(|/.*)$': '<rootDir>/libs/domain/src$1',
    '^@tp/core(|/.*)$': '<rootDir>/libs/core/src$1',
  },
};

module.exports = {
  // Jest 30 reads testTimeout from the top level only (a project's own testTimeout is ignored)
  testTimeout: 60000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.spec.ts'] },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/integration/global-setup.ts',
      globalTeardown: '<rootDir>/test/integration/global-teardown.ts',
      testTimeout: 60000,
    },
    { ...base, displayName: 'web', testMatch: ['<rootDir>/test/e2e/**/*.check.ts'] },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/e2e/global-setup.ts',
      globalTeardown: '<rootDir>/test/e2e/global-teardown.ts',
      testTimeout: 180000,
    },
  ],
};
