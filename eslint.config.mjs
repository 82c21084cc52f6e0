// Lint: typescript-eslint (typed), lit template rules, lit-a11y and web-component rules.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'node_modules/**',
      'data/sources/**',
      'bench/**/.build/**',
      'wordpress/*/assets/**',
    ],
  },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: {
      ...litA11y.configs.recommended.rules,
      // Data never reaches the DOM as markup: these are the only ways it could.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Render data as text.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Render data as text.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render data with lit templates.' },
        { property: 'outerHTML', message: 'Render data with lit templates.' },
        { property: 'insertAdjacentHTML', message: 'Render data with lit templates.' },
      ],
      'no-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    ignores: ['test/wait.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off', // chai's `expect(x).to.be.true`
      '@typescript-eslint/no-explicit-any': 'off', // tests mutate data into wrong shapes on purpose
      // One waitUntil, with a timeout a busy machine can meet (test/wait.ts); the data rules above kept.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Render data as text.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Render data as text.' },
            {
              name: '@open-wc/testing',
              importNames: ['waitUntil'],
              message: "Import waitUntil from test/wait.ts (its default timeout is the suite's).",
            },
          ],
        },
      ],
    },
  },
);
