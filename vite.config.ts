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
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    inkPlugin(),
    roomsPlugin(),
    phaserPlugin(),
    cspPlugin(),
    // Offline and installable. The service worker precaches the whole game: the app, every story's
    // chunk, the art, and the sounds in WebM (what Chromium and Firefox play); the MP3 copies (for
    // Safari) are cached the first time they are played. Registered by src/main.ts in idle time; a
    // new version waits for the player's word (src/ui/update.ts), so a conversation is never cut.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Mingle',
        short_name: 'Mingle',
        description: 'Practise the conversations that build a network.',
        lang: 'en',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#1b2030',
        theme_color: '#1b2030',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,webm}'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.endsWith('.mp3'),
            handler: 'CacheFirst',
            options: { cacheName: 'mingle-sound-mp3' },
          },
        ],
      },
    }),
  ],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    // No modulepreload polyfill in the first screen's script: every browser the game supports
    // preloads modules itself (Chromium 66, Firefox 115, Safari 17), and one without it only
    // fetches a chunk when it is imported, which the game handles like any download.
    modulePreload: { polyfill: false },
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
          // A page that is slow because the machine is busy is not a failure: expect.poll waits up to
          // 15 s (Vitest's default is 1 s, which a loaded CI machine can exceed between a click and
          // a lazily loaded screen). Passing polls end as soon as they hold, so this costs nothing.
          expect: { poll: { timeout: 15_000 } },
          // Files run side by side with each other and with the unit files (one group of workers):
          // a project with one worker runs in a group of its own, after all the others, which made
          // CI the sum of every e2e file. Each file has its own browser and its own servers.
        },
      },
    ],
  },
});
