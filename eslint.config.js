// ESLint: typescript-eslint's recommended rules, plus a ban on HTML and script sinks.
import js from '@eslint/js';
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
      'examples/**/build/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        globalThis: 'readonly',
      },
    },
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
    files: ['scripts/**', '*.js', '*.mjs', '.storybook/**', 'bench/**'],
    languageOptions: { globals: { process: 'readonly', Buffer: 'readonly', performance: 'readonly' } },
  },
);
