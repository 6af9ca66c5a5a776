import { defineConfig } from 'vitest/config';

// Checks over the built site in dist/ (run after `npm run build`).
export default defineConfig({
  test: { include: ['tests/dist/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 120_000 },
});
