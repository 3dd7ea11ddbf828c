import { defineConfig } from 'vitest/config';

// Tests run in plain Node against the real services; browser tests drive Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
