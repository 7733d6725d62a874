// Lint: TypeScript rules plus the import direction between layers
// (shared: anywhere; renderer: browser; electron/services and cli: Node; main.ts/preload.ts: Electron).
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads', 'zlib', 'buffer', 'events'];
const ELECTRON_MESSAGE = 'Only electron/main.ts and electron/preload.ts may import electron.';
/** The `electron` module itself (not our electron/ folder, which relative imports name). */
const ELECTRON_PATHS = [{ name: 'electron', message: ELECTRON_MESSAGE }];
const ELECTRON = { regex: '^electron(/.*)?$', message: ELECTRON_MESSAGE };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'tests/fixtures/**', 'cli/bin.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ELECTRON_PATHS,
          patterns: [
            { group: NODE_BUILTINS, message: 'shared/ is pure: no Node modules (it runs in the browser and workers too).' },
            ELECTRON,
            { group: ['react', 'react-dom', 'react-dom/*', 'react-i18next', 'monaco-editor', 'monaco-editor/*', '@monaco-editor/*'], message: 'shared/ holds no UI code.' },
            { group: ['**/renderer', '**/renderer/**', '**/electron', '**/electron/**', '**/cli', '**/cli/**', '**/scripts/**', '**/tests/**'], message: 'shared/ imports only shared/.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'process', 'Buffer', 'require', '__dirname', '__filename', 'console'].map((name) => ({
          name,
          message: `shared/ is pure: no ${name}.`,
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ELECTRON_PATHS,
          patterns: [
            { group: NODE_BUILTINS, message: 'The renderer runs in a browser sandbox: no Node modules.' },
            ELECTRON,
            { group: ['**/electron', '**/electron/**', '**/cli/**'], message: 'The renderer talks to the main process only through the typed API (shared/api.ts).' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts', 'cli/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ELECTRON_PATHS,
          patterns: [ELECTRON, { group: ['**/renderer', '**/renderer/**'], message: 'Node code never imports the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer', '**/renderer/**'], message: 'The main process never imports the renderer.' }] },
      ],
    },
  },
);
