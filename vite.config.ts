/**
 * Build, dev server and test configuration. Stories are compiled by our ink plugin; Phaser and each
 * story's JSON load lazily, so the first screen never waits for them. The rooms plugin serves the
 * workshop rooms (WebSocket at /rooms) from the dev and preview servers themselves.
 */
import { defineConfig } from 'vitest/config';
import { inkPlugin } from './scripts/vite-plugin-ink.ts';
import { roomsPlugin } from './server/vite-plugin.ts';
import { phaserPlugin } from './scripts/vite-plugin-phaser.ts';
import { cspPlugin } from './scripts/vite-plugin-csp.ts';

export default defineConfig({
  plugins: [inkPlugin(), roomsPlugin(), phaserPlugin(), cspPlugin()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1600,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'tests/unit/**/*.test.ts',
            'tests/stories/**/*.test.ts',
            'tests/analysis/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          // Real server processes over real WebSockets, SQLite and PostgreSQL (tests/server/postgres.ts).
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/server/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 240_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
