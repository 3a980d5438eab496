import { defineConfig } from 'vitest/config';

// Browser tests: Debian's chromium driven by playwright-core against the real API, which
// serves the built SPA. tests/e2e/test_spa.py starts the API and passes GENBA_E2E_URL.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 60000,
    hookTimeout: 60000,
    fileParallelism: false,
  },
});
