// Lint config: typescript-eslint's type-aware recommended rules over everything we write.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * The rooms of src/ and the rule between them (docs/architecture.md, "Dependency rule"). Dependencies
 * point one way, down this list's layers; across rooms a file imports only the other room's public face
 * (its index.ts, or a pure face named in FACES), never its internals.
 */
const ROOMS = [
  'vocabulary',
  'story',
  'scoring',
  'events',
  'art',
  'analysis',
  'i18n',
  'progress',
  'library',
  'rooms',
  'game',
  'audio',
  'scenes',
  'ui',
  'workshop',
  'lms',
  'studio',
];

/** What each room may import besides itself. Everything else in src/ is out of bounds. */
const ALLOWED = {
  vocabulary: [],
  story: ['vocabulary'],
  scoring: ['vocabulary'],
  events: ['vocabulary'],
  art: ['vocabulary', 'story'],
  analysis: ['vocabulary', 'story', 'scoring'],
  i18n: ['vocabulary', 'progress', 'rooms'],
  progress: ['vocabulary', 'scoring', 'i18n'],
  // Your scenarios: saved Studio scenarios in the browser (IndexedDB), and their export file.
  library: ['vocabulary', 'story', 'progress'],
  rooms: ['vocabulary', 'scoring'],
  game: ['vocabulary', 'story', 'scoring', 'events', 'progress', 'i18n'],
  audio: ['vocabulary', 'story', 'events', 'art', 'game', 'progress'],
  scenes: ['vocabulary', 'story', 'events', 'art', 'game'],
  ui: [
    'vocabulary',
    'story',
    'scoring',
    'events',
    'art',
    'i18n',
    'progress',
    'library',
    'game',
    'audio',
    'scenes',
    'workshop',
    'lms',
    'studio',
  ],
  workshop: [
    'vocabulary',
    'story',
    'scoring',
    'events',
    'i18n',
    'progress',
    'library',
    'game',
    'rooms',
    'ui',
  ],
  lms: ['vocabulary', 'story', 'scoring', 'events', 'i18n', 'progress', 'game', 'scenes', 'ui'],
  studio: [
    'vocabulary',
    'story',
    'scoring',
    'events',
    'analysis',
    'i18n',
    'progress',
    'library',
    'game',
    'ui',
  ],
};

/**
 * Public faces besides index.ts, each pure: story's own types (no inkjs), art's ids and stage geometry
 * for build tools and the sound director (art/index.ts uses import.meta.glob), the progress store's
 * English words (without every dictionary), the rubric's words (only the debrief's chunk reads them),
 * and the screen kit other screen rooms build on.
 */
const FACES = {
  story: ['types.ts'],
  art: ['ids.ts', 'stage.ts'],
  i18n: ['progress-en.ts', 'rubric.ts'],
  ui: ['dom.ts', 'context.ts', 'router.ts'],
  // When the stage starts (no Phaser in it): every entry point calls it, the LMS launch too.
  scenes: ['boot.ts'],
};

/**
 * Faces one room alone may use: the Studio's worker compiles what authors write, so it imports the
 * compiler's module (its chunk is the only one with the compiler: tests/e2e/bundle.test.ts).
 */
const ROOM_FACES = {
  studio: { story: ['compile.ts'], library: ['exchange.ts'] },
  // Saving and importing a scenario check it in the Studio's worker, without the Studio's screen.
  ui: { studio: ['save.ts'] },
};

/**
 * Package paths that happen to share a room's name (Phaser's own `src/…/events/` modules, which the
 * stage imports one by one: scripts/vite-plugin-phaser.ts) are not our rooms.
 */
const NOT_OURS = ['!phaser/**'];

/** Only the story room (and the analysis built on it) touches inkjs; the compiler stays out of the game. */
const INK_OK = new Set(['story', 'analysis', 'studio']);

function boundaries() {
  return ROOMS.map((room) => {
    const patterns = [];
    for (const other of ROOMS) {
      if (other === room) continue;
      if (!ALLOWED[room].includes(other)) {
        patterns.push({
          group: [`**/${other}/**`, ...NOT_OURS],
          message: `src/${room} may not import src/${other} (docs/architecture.md, "Dependency rule").`,
        });
      } else {
        const faces = ['index.ts', ...(FACES[other] ?? []), ...(ROOM_FACES[room]?.[other] ?? [])];
        patterns.push({
          group: [`**/${other}/**`, ...faces.map((f) => `!**/${other}/${f}`), ...NOT_OURS],
          message: `Import src/${other} through its public face (${faces.join(', ')}), not its internals.`,
        });
      }
    }
    if (!INK_OK.has(room)) {
      patterns.push({
        group: ['inkjs', 'inkjs/**'],
        message: 'Only src/story touches inkjs; play stories through src/game.',
      });
    }
    return {
      files: [`src/${room}/**/*.ts`],
      rules: { 'no-restricted-imports': ['error', { patterns }] },
    };
  });
}

export default tseslint.config(
  { ignores: ['dist', 'dist-scorm', 'node_modules', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...boundaries(),
  {
    files: ['eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
