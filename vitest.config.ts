import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests run bin/sbp, which runs the compiled dist/: compile once before any test.
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Chromium-heavy files each launch one browser; two cores, so keep parallelism modest.
    maxWorkers: 2,
  },
});
