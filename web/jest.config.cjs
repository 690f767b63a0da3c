/** Component tests in jsdom; @swc/jest turns TS, TSX and the ESM-only react-router into CommonJS. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: '<rootDir>/src/test/jsdom-environment.cjs',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
  // As setup.ts waits longer under load, so may a test as a whole.
  testTimeout: 15_000,
  // Jest's default is one fewer than the cores, which on the 2-core CI machine runs every file in one process.
  maxWorkers: 2,
  transform: {
    '^.+\\.tsx?$': swc,
    '/node_modules/.+\\.m?js$': '<rootDir>/src/test/esm-transform.cjs',
  },
  // react-router 8 and its dependencies ship ES modules only.
  transformIgnorePatterns: ['/node_modules/(?!(react-router|@remix-run|cookie-es|d3-[a-z]+)/)'],
  moduleNameMapper: {
    '\\.(css|scss)$': '<rootDir>/src/test/style-stub.cjs',
    '^virtual:graphql-text/': '<rootDir>/src/test/graphql-text-stub.cjs',
    '^@sentinel/shared$': '<rootDir>/../shared/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};
