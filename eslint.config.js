import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The renderer's layers, lowest first (docs/architecture.md draws them). A layer imports only
 * from itself and the layers it lists: a screen can use the database, the database never a screen.
 * `main` is the Electron side; the renderer may take only its host contract (the rule further down).
 */
const LAYERS = {
  core: [],
  db: ['core'],
  host: ['core', 'main'],
  workers: ['core'],
  ui: ['core'],
  editor: ['ui', 'core'],
  session: ['editor', 'ui', 'db', 'host', 'core', 'main'],
  'open-portfolio': ['session', 'editor', 'ui', 'workers', 'db', 'host', 'core'],
  feature: ['feature', 'open-portfolio', 'session', 'editor', 'ui', 'workers', 'db', 'host', 'core', 'main'],
  app: ['feature', 'open-portfolio', 'session', 'editor', 'ui', 'workers', 'db', 'host', 'core', 'main'],
  main: [],
};

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-sequences': 'error',
      // React event handlers may be async; their promises are handled inside.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // Tests index into arrays they just built and stub async functions with sync bodies.
    files: ['**/*.test.ts', '**/*.test.tsx', '**/*.test-data.ts', 'e2e/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The domain stays pure: the compiler already refuses DOM and Node types in core,
    // and this refuses the libraries that would tie it to the screen or the database.
    files: ['src-renderer/core/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-*', 'dexie*', '@tiptap/*', 'zustand', 'electron', 'node:*'] },
      ],
    },
  },
  {
    // The renderer reaches the platform only through the host contract. (Core has its own, stricter
    // list above: a second no-restricted-imports for the same file would replace it, not add to it.)
    files: ['src-renderer/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', 'src-renderer/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['electron', 'node:*', '**/src-main/!(contract)*', '**/src-main/**/!(contract)*'] },
      ],
    },
  },
  {
    // Tests may reach across layers for their fixtures (a db test seals a file with the host's crypto).
    files: ['src-renderer/**/*.{ts,tsx}', 'src-main/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/*.test-data.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': {
        typescript: {
          project: ['src-renderer/tsconfig.json', 'src-main/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        },
      },
      'boundaries/elements': [
        { type: 'main', pattern: 'src-main', partialMatch: false },
        { type: 'feature', pattern: 'src-renderer/features/*', capture: ['name'] },
        ...['core', 'db', 'host', 'workers', 'ui', 'editor', 'session', 'open-portfolio', 'app'].map((type) => ({
          type,
          pattern: `src-renderer/${type}`,
        })),
      ],
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: Object.entries(LAYERS).map(([type, below]) => ({
            from: { element: { type } },
            allow: { to: { element: { types: { anyOf: [type, ...below] } } } },
          })),
        },
      ],
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  // Layout is Prettier's (npm run format); lint checks it and turns off its own layout rules.
  prettier,
);
