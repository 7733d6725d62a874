import { defineConfig } from 'vitest/config';

// End-to-end tests drive the real UI in Debian's Chromium through the browser bridge.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
