const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'es6' },
  },
];

export default {
  testEnvironment: 'node',
  rootDir: '.',
  roots: ['<rootDir>/src', '<rootDir>/test', '<rootDir>/../shared/src'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '^@sentinel/shared$': '<rootDir>/../shared/src/index.ts',
    '^@sentinel/migrations$': '<rootDir>/../migrations/src/index.ts',
  },
  transform: { '^.+\\.ts$': swc },
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  testTimeout: 30000,
  maxWorkers: 2,
  // Each file loads the whole app into a fresh module registry, and a worker keeps part of every one it ran: left
  // alone it grows past 3 GB over a run and spends ever more of its time collecting garbage. A worker whose heap
  // is past this limit after a file is replaced by a fresh one (about a second).
  workerIdleMemoryLimit: '800MB',
};
