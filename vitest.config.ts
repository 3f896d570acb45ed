import { defineConfig } from 'vitest/config';

// A run on a fixed day (scripts/test-at-dates.sh) writes its own report beside the normal one.
const reportName = process.env.KRING_TEST_NOW ? `unit-${process.env.KRING_TEST_NOW.replace(/[^0-9]/g, '')}` : 'unit';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // PGlite opens in about 3 s and each file opens its own databases: keep generous timeouts.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    setupFiles: ['src/server/testing/fixed-clock.ts'],
    // Tests in a file run in a shuffled order, so a test that leans on what another left behind
    // fails. The order is fixed by the seed, so a failure can be repeated; set KRING_TEST_SEED to
    // try another order.
    sequence: { shuffle: { files: false, tests: true }, seed: Number(process.env.KRING_TEST_SEED ?? 20261202) },
    ...(process.env.KRING_TEST_REPORT_DIR
      ? {
          reporters: ['default', 'json'],
          outputFile: { json: `${process.env.KRING_TEST_REPORT_DIR}/${reportName}.json` },
        }
      : {}),
  },
});
