import { defineConfig } from 'vitest/config';

// Unit tests run in Node. Files that need a DOM say so with `@vitest-environment happy-dom`;
// the Dexie layer stays in Node because fake-indexeddb needs its structuredClone.
export default defineConfig({
  test: {
    include: ['src-main/**/*.test.ts', 'src-renderer/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Dexie looks for IndexedDB when it is first imported: fake-indexeddb must be there before any test file loads it.
    setupFiles: ['fake-indexeddb/auto'],
  },
});
