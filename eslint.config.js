// Lint: TypeScript rules plus the project's import directions —
// src/domain imports nothing of the app, extract/ or Node; extract/ uses only src/domain of the app;
// the app never imports extract/.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const appModules = ['react', 'react-dom', 'react-dom/*', 'echarts', 'echarts/*', 'dexie', 'papaparse'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'data', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'TSAsExpression > TSAnyKeyword', message: 'no casts to any' }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['../*', '!../domain/*'], message: 'src/domain imports only itself' },
        { group: ['node:*', ...appModules], message: 'src/domain stays free of Node, DOM and UI libraries' },
      ] }],
    },
  },
  {
    files: ['extract/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['../src/*', '!../src/domain'], message: 'extract/ may use only src/domain of the app' },
        { group: appModules, message: 'extract/ is a Node CLI' },
      ] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/extract/*', 'node:*'], message: 'the app is client-only and never imports the extractor' }] }],
    },
  },
);
