import { defineConfig } from 'vitest/config';

// `npm run bench`: measurements that print numbers and assert nothing about time.
export default defineConfig({
  test: {
    include: ['bench/**/*.measure.ts'],
    environment: 'node',
    testTimeout: 300_000,
  },
});
