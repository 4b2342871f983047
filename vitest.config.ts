import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests run bin/sbp, which runs the compiled dist/: compile once before any test.
    globalSetup: ['test/helpers/global-setup.ts'],
    // Hang guards, not time limits: no test asserts how long anything takes, and a test that is merely
    // slow on a busy machine must still pass. Timings belong to `npm run bench`.
    testTimeout: 15 * 60_000,
    hookTimeout: 15 * 60_000,
    // Chromium-heavy files each launch one browser; two cores, so keep parallelism modest.
    maxWorkers: 2,
  },
});
