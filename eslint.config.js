// ESLint: typescript-eslint's recommended rules, plus a ban on HTML and script sinks.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const sinkMessage = 'Data must never reach an HTML or script sink: render text through Lit templates.';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'bench/results/**',
      'coverage/**',
      '.manifest-tmp/**',
      '.tmp/**',
      'examples/**/build/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: sinkMessage },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: sinkMessage },
        {
          selector: "CallExpression[callee.property.name=/^(write|writeln)$/][callee.object.name='document']",
          message: sinkMessage,
        },
        { selector: "CallExpression[callee.property.name='createContextualFragment']", message: sinkMessage },
        { selector: "NewExpression[callee.name='Function']", message: sinkMessage },
        { selector: "CallExpression[callee.name='Function']", message: sinkMessage },
        { selector: 'Identifier[name=/^(unsafeHTML|unsafeSVG|unsafeStatic)$/]', message: sinkMessage },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: sinkMessage },
            { name: 'lit/directives/unsafe-svg.js', message: sinkMessage },
            { name: 'lit/static-html.js', message: sinkMessage },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: [
      'scripts/**',
      'packages/*/scripts/**',
      'packages/*/bin/**',
      'packages/cli/**',
      '*.js',
      '*.mjs',
      '.storybook/**',
      'bench/**',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Tests feed hostile strings (javascript: URLs, sink names) on purpose.
    files: ['**/*.test.ts', '**/*.test.mjs'],
    rules: { 'no-script-url': 'off' },
  },
  {
    files: ['scripts/lint-sinks.test.mjs'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Code that runs inside the browser page (puppeteer callbacks) uses browser globals.
    files: ['scripts/**/*.test.mjs', 'bench/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
