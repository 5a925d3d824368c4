import { defineConfig } from 'vitest/config'

// npm run test:faults: the kill -9 suite, run against the built CLI (npm run build first).
export default defineConfig({
  test: {
    include: ['src/faults/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
})
