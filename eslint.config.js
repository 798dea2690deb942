// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');

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
      'no-restricted-imports': ['error', { patterns: impureModules }],
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
