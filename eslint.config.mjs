// ESLint, flat config (eslint.config.mjs, as the Docusaurus repository has it): typescript-eslint with type information, React hooks and jsx-a11y,
// on everything the project owns. Formatting is Prettier's job (prettier.config.mjs), so no
// stylistic rules here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'build/',
      'build-en/',
      '.docusaurus/',
      '.generated/',
      'node_modules/',
      'tests/fixtures/',
      'scripts/bench/stock-site/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
  },
  {
    // The classic hook rules, plus the one rule from the React Compiler set that catches the kind
    // of bug this project shipped (state reset in an effect). The compiler's other rules judge
    // code by what the compiler could optimise, and the project does not use the compiler.
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'react-hooks/set-state-in-effect': 'error',
    },
  },
  jsxA11y.flatConfigs.recommended,
  {
    rules: {
      // A box that scrolls (wide table, chart, result list) must be reachable by keyboard (axe:
      // scrollable-region-focusable); such boxes are named regions.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['region'] }],
    },
  },
  {
    // Vitest's asymmetric matchers (expect.any, expect.stringMatching…) are typed `any`.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  { files: ['**/*.{js,mjs,cjs}'], extends: [tseslint.configs.disableTypeChecked] },
);
