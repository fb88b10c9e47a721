// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/**
 * Layering (architecture.md). Each rule's message says WHY, so a wrong import explains itself.
 * `shared` is the platform-neutral core; `electron/main`, `renderer` and `server` only meet through it.
 */
const SHARED_RULE = {
  patterns: [
    {
      group: ['**/electron/**', '**/renderer/**', '**/server/**', '../../*', '../../../*'],
      message:
        'shared/ is the platform-neutral core: it imports nothing of ours (architecture.md, "Import directions").',
    },
    {
      group: [
        'electron',
        'node:*',
        'fs',
        'path',
        'os',
        'crypto',
        'react',
        'react-dom',
        'dexie',
        'fastify',
        'pg',
      ],
      message: 'shared/ sees no DOM, Node or Electron: pass platform capabilities in as parameters instead.',
    },
  ],
};
const notFrom = (/** @type {string[]} */ layers, /** @type {string} */ why) => ({
  group: layers.flatMap((l) => [`**/${l}/**`, `**/${l}`]),
  message: why,
});

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'release',
      '.tsbuild',
      'test-results',
      'playwright-report',
      '.electronegativity',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSEnumDeclaration',
          message: 'Use a literal union or `as const` object instead of enum (style.md).',
        },
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only (style.md).' },
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['*.config.ts', '*.config.js', 'eslint.config.js', 'build/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // shared/'s own tests run the code as it is shipped: no platform modules (fixtures are read from
    // tests/integration/, which hands the bytes in).
    files: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'shared/ tests use no platform module; read files in tests/.' },
          ],
        },
      ],
    },
  },
  {
    // Time is an input: the app reads "now" from shared/time/appClock.ts only, so tests can pin it.
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    ignores: ['**/*.test.{ts,tsx}', 'shared/time/appClock.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSEnumDeclaration',
          message: 'Use a literal union or `as const` object instead of enum (style.md).',
        },
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only (style.md).' },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Take time from appClock (shared/time/appClock.ts), never the wall clock directly.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Take time from appClock (shared/time/appClock.ts), never the wall clock directly.',
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-imports': ['error', SHARED_RULE] },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            notFrom(
              ['renderer', 'server', 'preload'],
              'electron/main does OS integration only and imports shared/ alone (architecture.md).',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            notFrom(['renderer', 'server'], 'The preload bridges main and renderer through shared/ipc only.'),
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            notFrom(['renderer', 'electron'], 'The court server imports shared/ only, never the app.'),
          ],
        },
      ],
    },
  },
  {
    // The court server's domain speaks in domain errors; only server/app (routes, plugins, the one error
    // handler) knows HTTP and Fastify. The entry points (server/main.ts, server/cli) sit above both.
    files: ['server/{sync,auth,blobs,history,admin,import,db,config,log,util,errors}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['fastify', '@fastify/cors'].map((name) => ({
            name,
            message: 'Server domain code does not know HTTP: only server/app uses Fastify (architecture.md).',
          })),
          patterns: [
            notFrom(['renderer', 'electron'], 'The court server imports shared/ only, never the app.'),
            notFrom(
              ['app'],
              'Server domain code never imports the HTTP layer (server/app): throw a domain error from ' +
                'server/errors, and server/app/handleError.ts maps it to an HTTP status (architecture.md).',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Only renderer/data/ talks to IndexedDB: call a repository instead.' },
            {
              name: 'electron',
              message: 'The renderer reaches the desktop shell through renderer/platform/ only.',
            },
          ],
          patterns: [
            notFrom(
              ['electron', 'server'],
              'The renderer imports shared/ only; the desktop shell is reached via renderer/platform/.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            notFrom(
              ['electron', 'server', 'features', 'components', 'app'],
              'renderer/data/ is below the UI: it imports shared/ and dexie only.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Presentational components take props: no database access.' },
            { name: 'zustand', message: 'Presentational components take props: no stores.' },
            { name: 'dexie-react-hooks', message: 'Presentational components take props: no live queries.' },
          ],
          patterns: [
            {
              // Relative paths up into renderer's own layers (shared/ stays allowed).
              regex: '^(\\.\\./)+(data|features|sync|app|platform|electron|server)(/|$)',
              message:
                'Presentational components take props only: no stores, repositories or features (architecture.md).',
            },
            {
              group: ['**/store', '**/*Store', '**/store.ts'],
              message: 'Presentational components take props only: no stores.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/offline/sw.js'],
    languageOptions: { globals: { ...globals.serviceworker, __CONTENT_SECURITY_POLICY__: 'readonly' } },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
