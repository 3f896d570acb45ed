import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // PGlite opens in about 3 s and each file opens its own databases: keep generous timeouts.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    ...(process.env.KRING_TEST_REPORT_DIR
      ? { reporters: ['default', 'json'], outputFile: { json: `${process.env.KRING_TEST_REPORT_DIR}/unit.json` } }
      : {}),
  },
});
