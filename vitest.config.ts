// Test runner configuration: unit tests live beside the code, suites under test/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
    setupFiles: ['test/support/cleanup-setup.ts'],
  },
});
