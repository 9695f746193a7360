// Lint at zero warnings: TypeScript, Lit templates, custom-element rules and template accessibility.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'cdn/',
      'node_modules/',
      'storybook-static/',
      'screenshots/',
      '.tmp/',
      'test/consumers/*/dist/',
      'custom-elements.json',
      'bench/results.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Its page.evaluate callbacks run in the browser.
    files: [
      'scripts/bench.mjs',
      'scripts/test-storybook.mjs',
      'scripts/consumers.mjs',
      'scripts/lib/navegador.mjs',
      'test/support/galeria.mjs',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['demo/**/*.js', 'bench/**/*.js', 'test/fixtures/*.js', 'test/galeria/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
