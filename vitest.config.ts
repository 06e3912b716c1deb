import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'domain', root: 'packages/domain', include: ['src/**/*.test.ts'] } },
      // Pure helpers of the web app (no DOM needed); the pages are tested in Chromium.
      { test: { name: 'web', root: 'apps/web', include: ['src/**/*.test.ts'] } },
      {
        test: {
          name: 'server',
          root: 'apps/server',
          include: ['src/**/*.test.ts'],
          // Generous: the route-walking suites (authorisation matrix, fuzz) take a minute on a loaded 2-core machine.
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // Test files share one PostgreSQL server; two at a time keeps the 2-core machine responsive.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
