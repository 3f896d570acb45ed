import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    ...(process.env.KRING_TEST_REPORT_DIR
      ? { reporters: ['default', 'json'], outputFile: { json: `${process.env.KRING_TEST_REPORT_DIR}/e2e.json` } }
      : {}),
    fileParallelism: false,
  },
});
