/**
 * Lets the build take Phaser from its sources (see src/scenes/phaser.ts) and fixes the feature flags
 * Phaser's own webpack build would define. In the sources a flag is tested as `typeof WEBGL_RENDERER`,
 * which is a non-empty string (so true) whether or not the flag exists: without this plugin every
 * optional part would be bundled. Here each test becomes a literal, and Rolldown drops the dead
 * branches and the modules only they require.
 */
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/** The flags and their values for the stage: both renderers (canvas when WebGL is off), no sound. */
export const PHASER_FLAGS: Readonly<Record<string, boolean>> = {
  WEBGL_RENDERER: true,
  CANVAS_RENDERER: true,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

const require = createRequire(import.meta.url);
const PHASER_ROOT = dirname(require.resolve('phaser/package.json'));
const PHASER_SRC = join(PHASER_ROOT, 'src').replaceAll('\\', '/');
const FLAG = new RegExp(`typeof\\s+(${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');

const PHASER_FILE = /[\\/]phaser[\\/]src[\\/].*\.js$/;

/** One of Phaser's sources with its flags fixed, or null when it tests none. */
function fixFlags(code: string): { code: string; map: null } | null {
  if (!code.includes('typeof')) return null;
  const out = code.replace(FLAG, (_, flag: string) => String(PHASER_FLAGS[flag] ?? false));
  return out === code ? null : { code: out, map: null };
}

export function phaserPlugin(): Plugin {
  return {
    name: 'mingle-phaser',
    enforce: 'pre',
    config() {
      return {
        resolve: { alias: [{ find: /^phaser\/src\//, replacement: `${PHASER_SRC}/` }] },
        // The dev server pre-bundles Phaser's CommonJS sources; the flags must be fixed there too.
        optimizeDeps: {
          rolldownOptions: {
            plugins: [
              {
                name: 'mingle-phaser-flags',
                transform: {
                  filter: { id: PHASER_FILE },
                  handler: (code: string) => fixFlags(code),
                },
              },
            ],
          },
        },
      };
    },
    transform: {
      filter: { id: PHASER_FILE },
      handler: (code) => fixFlags(code),
    },
  };
}
