// Mutation testing of the SPA's logic: `npm run mutants` (never part of `npm test`).
// The JSON report is what `python -m tools.mutants` reads for the score.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vite.config.ts', related: true },
  mutate: [
    'src/lib/**/*.{ts,tsx}',
    'src/features/*/api/**/*.{ts,tsx}',
    '!**/*.test.{ts,tsx}',
    '!**/*.d.ts',
    // The OpenAPI-generated client types.
    '!src/api/**',
  ],
  // Each mutant runs only the tests that executed its code in the dry run.
  coverageAnalysis: 'perTest',
  // A mutant in module-level constants (message tables, option lists) would rerun every test file
  // that imports the module: minutes each. Mutants also reached from a test still run.
  ignoreStatic: true,
  // The machine's 2 cores are shared: one Vitest worker per Stryker process, two processes.
  concurrency: 2,
  // Page tests take seconds and vary with load; a slow run must not pass for a killed mutant.
  timeoutMS: 15000,
  timeoutFactor: 2,
  dryRunTimeoutMinutes: 30,
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  tempDirName: 'reports/.stryker-tmp',
  // Not copied into the sandbox: earlier reports and sandboxes, the build, browser-test output.
  ignorePatterns: ['/reports', '/dist', '/test-results', '/e2e'],
  incrementalFile: 'reports/stryker-incremental.json',
  cleanTempDir: true,
};
