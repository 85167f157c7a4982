import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  { ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: {
      globals: {
        ...globals.browser,
        ...globals.node,
        // Defined by vite.config.ts at build time.
        __APP_VERSION__: 'readonly',
        __LICENCES__: 'readonly'
      }
    }
  },
  {
    files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig
      }
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  // The layers (README "For developers"): the domain is pure and imports nothing from the app;
  // an activity talks to the world only through its ActivityContext.
  {
    files: ['src/lib/domain/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['$lib/*', '$app/*', '../*'],
              message: 'The domain is pure: it imports nothing from the app (only ./ and packages).'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/lib/activities/**/*.ts', 'src/lib/activities/**/*.svelte'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['$lib/session', '$lib/session/*', '$lib/storage', '$lib/storage/*', '$app/*'],
              message:
                'An activity never imports the runner, storage or $app: it records, loads and saves through its ActivityContext.'
            }
          ]
        }
      ]
    }
  },
  // Routes are thin: a page gets its data from a loader in session/ and saves through it.
  {
    files: ['src/routes/**/*.ts', 'src/routes/**/*.svelte'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['$lib/storage', '$lib/storage/*'],
              message: 'Routes load and save through src/lib/session, never storage directly.'
            }
          ]
        }
      ]
    }
  }
);
