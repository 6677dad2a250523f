// Lint: TypeScript rules plus the project's import directions and its two hosts —
// src/domain imports nothing of the app, extract/ or Node; extract/ uses only src/domain of the app;
// the pipeline (extract/ but its CLI) is host-free: no Node, no DOM globals, no process;
// the Node host (extract/cli.ts and its helpers, the report scripts) alone touches fs and process;
// the browser host (src/worker/) alone imports the pipeline into the app, never its CLI;
// the rest of the app never imports extract/ and reaches the pipeline only through the worker.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** The Node host of the pipeline: the only modules that touch the file system and the process. */
const NODE_HOST = [
  'extract/cli.ts', 'extract/write-schema.ts', 'extract/node-cmaps.ts', 'extract/walk-inputs.ts',
  'extract/indicators-report.ts', 'extract/observations-report.ts', 'extract/node-pool.ts', 'extract/node-pool-worker.ts', 'extract/extract-files.ts', 'extract/node-sha1.ts', 'extract/node-utf8.ts', 'extract/node-towns.ts', 'extract/former-divisions.ts',
];
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
    ignores: NODE_HOST,
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['../src/*', '../../src/*', '!../src/domain', '!../../src/domain'], message: 'extract/ may use only src/domain of the app' },
        { group: appModules, message: 'the pipeline is host-free: no UI libraries' },
        { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'buffer'], message: 'the pipeline is host-free: it runs in the Node CLI and in a browser worker; only the CLI touches Node' },
        { group: ['./cli', '../cli'], message: 'the CLI is a host, not part of the pipeline' },
      ] }],
      'no-restricted-globals': ['error',
        { name: 'process', message: 'the pipeline is host-free: the CLI passes what it needs' },
        { name: 'Buffer', message: 'the pipeline is host-free: use Uint8Array and TextDecoder' },
        { name: 'document', message: 'the pipeline is host-free: parse markup with linkedom' },
        { name: 'window', message: 'the pipeline is host-free' },
        { name: 'self', message: 'only the worker host touches worker messaging' },
        { name: 'postMessage', message: 'only the worker host touches worker messaging' },
      ],
    },
  },
  {
    files: NODE_HOST,
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['../src/*', '!../src/domain'], message: 'extract/ may use only src/domain of the app' },
        { group: appModules, message: 'the CLI is a Node host: no UI libraries' },
      ] }],
    },
  },
  {
    files: ['src/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/extract/cli', '**/extract/write-schema', '**/extract/former-divisions', '**/extract/node-cmaps', '**/extract/node-towns', '**/extract/walk-inputs', '**/extract/*-report'], message: 'the worker hosts the pipeline, not the Node CLI' },
        { group: ['node:*', ...appModules, '../app/*', '../views/*', '../charts/*', '../notes/*', '../data/*'], message: 'the worker host imports only the pipeline, src/domain and its own messages' },
      ] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/**', 'src/worker/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/extract/*', 'node:*'], message: 'the app is client-only and never imports the extractor: it runs the pipeline through src/worker/' },
        { group: ['../worker/*', '!../worker/messages'], message: 'the app starts the worker by URL (new Worker) and shares only its message types' },
      ] }],
    },
  },
);
