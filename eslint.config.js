// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');
const importX = require('eslint-plugin-import-x');
const reactHooks = require('eslint-plugin-react-hooks');
const { createTypeScriptImportResolver } = require('eslint-import-resolver-typescript');

/** Modules the pure core must never import: it runs in Node, the browser and inside Excel alike. */
const impureModules = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'stream',
  'util',
  'url',
  'zlib',
  'buffer',
  'node:*',
  'exceljs',
  'react',
  'react-dom',
  '@fluentui/*',
  'office-addin-*',
];

/** Tests, fixtures and test helpers: long by nature (tables of cases), not held to the size limits. */
const testFiles = [
  '**/*.test.ts',
  '**/*.test.tsx',
  '**/_test/**',
  'test/**',
  'scripts/**',
  'bench/**',
];

/** Paths that leave the core: it may import only itself. */
const outsideCore = ['**/io', '**/io/**', '**/cli', '**/cli/**', '**/taskpane', '**/taskpane/**'];

module.exports = tseslint.config(
  {
    ignores: [
      'node_modules/',
      'lib/',
      'lib-bench/',
      'dist/',
      'coverage/',
      'test-artifacts/',
      'samples/',
      'test/fixtures/xlsx/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The core is pure: no Office, DOM or Node APIs (see README, "Kiến trúc / Architecture").
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: impureModules, message: 'The core is pure: no Office, DOM or Node APIs.' },
            { group: outsideCore, message: 'The core imports nothing outside src/core.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'Office',
        'Excel',
        'process',
        'Buffer',
        'require',
        '__dirname',
        'navigator',
        'localStorage',
      ],
    },
  },
  {
    // Layering (README, "Kiến trúc"): no import cycles anywhere in the sources.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.json', 'tsconfig.web.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Views show state; reading and writing files is the host's and the engine's job.
    files: ['src/taskpane/views/**/*.ts', 'src/taskpane/views/**/*.tsx'],
    ignores: testFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/io', '**/io/**'],
              message: 'Views never import io/: go through the host or the engine.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/taskpane/**/*.tsx', 'src/taskpane/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Files one person can hold.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: testFiles,
    rules: { 'max-lines': ['error', { max: 400 }] },
  },
  {
    // Core functions one person can read at once.
    files: ['src/core/**/*.ts'],
    ignores: testFiles,
    rules: { 'max-lines-per-function': ['error', { max: 80, IIFEs: true }] },
  },
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
