/**
 * Two projects: the core, adapters, CLI and end-to-end tests run in Node; the task pane's
 * component tests (*.test.tsx under src/taskpane) run in jsdom with the web tsconfig (DOM, JSX).
 * @type {import('jest').Config}
 */
module.exports = {
  testTimeout: 30000,
  // The default output, then the notices of tests skipped for a missing binary or font.
  reporters: ['default', '<rootDir>/test/_lib/skip-reporter.js'],
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/src', '<rootDir>/test', '<rootDir>/scripts'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/src/taskpane/'],
      transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
    },
    {
      displayName: 'pane',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/src/taskpane'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      setupFiles: ['<rootDir>/src/taskpane/_test/setup.ts'],
      setupFilesAfterEnv: ['<rootDir>/src/taskpane/_test/after-env.ts'],
      transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.web.test.json' }] },
    },
  ],
};
