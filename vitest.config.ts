import { defineConfig } from 'vitest/config';

/** Tests that start servers and hold them to latency bounds run after the rest, alone on the CPU. */
const SERVING = ['test/serving.test.ts', 'test/shutdown.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'main', include: ['test/**/*.test.ts'], exclude: SERVING, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'serving', include: SERVING, sequence: { groupOrder: 1 }, fileParallelism: false } },
    ],
  },
});
