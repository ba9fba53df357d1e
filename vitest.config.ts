import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Exact matches, the MRZ entry first: a plain '@valiza/domain' key would also catch
// '@valiza/domain/mrz' as a prefix and point it inside index.ts.
const alias = [
  { find: /^@valiza\/domain\/mrz$/, replacement: source('./domain/src/identifiers/mrz.ts') },
  { find: /^@valiza\/domain$/, replacement: source('./domain/src/index.ts') },
];

/**
 * Three projects: the pure domain, the server on a real database (PGlite, or PostgreSQL when
 * DATABASE_URL is set), and the web app in jsdom. Browser tests live in e2e/ with their own config.
 */
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'domain', include: ['domain/src/**/*.test.ts'] },
      },
      {
        resolve: { alias },
        test: {
          name: 'server',
          include: ['server/src/**/*.test.ts'],
          globalSetup: ['server/src/test/global-setup.ts'],
          // Generous, for slow laptops and busy CI machines: on PostgreSQL a pull test waits for every
          // transaction of the cluster to end, the demo seeders' included (see test/change-log-horizon.ts).
          testTimeout: 180_000,
          hookTimeout: 180_000,
          pool: 'forks',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'web',
          include: ['web/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['web/src/test/setup.ts'],
        },
      },
    ],
  },
});
