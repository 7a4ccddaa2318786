import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/app/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The architecture in one rule: the app never reaches into the compiler or Node.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/compiler/**'], message: 'src/app must not import the compiler.' },
            { group: ['node:*', 'fs', 'path'], message: 'src/app runs in the browser.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts', 'src/generate/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '**/app/**', '**/compiler/**'],
              message: 'src/shared is framework-free.',
            },
            { group: ['node:*'], message: 'src/shared runs in browser and Node alike.' },
          ],
        },
      ],
    },
  },
  {
    // The pipeline is pure: files, argv and the exit code belong to the command lines
    // (cli.ts, parley.ts, eval/cli.ts) and threads to workers/.
    files: [
      'src/compiler/stages/**/*.ts',
      'src/compiler/run.ts',
      'src/compiler/extract-article.ts',
      'src/compiler/inspect.ts',
      'src/compiler/text.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path'], message: 'compiler stages are pure functions.' },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/compiler/**/*.ts',
      'scripts/**/*.{js,mjs}',
      'tests/**/*.ts',
      'e2e/**/*.ts',
      '*.config.{js,ts}',
    ],
    languageOptions: { globals: globals.node },
  },
);
