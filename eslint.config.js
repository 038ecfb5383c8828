// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readFileSync } from 'node:fs';

/** The database's tables (every `pgTable` in the schema): what route files may not query. */
const tableNames = [
  ...readFileSync(new URL('./db/src/schema.ts', import.meta.url), 'utf8').matchAll(/export const (\w+) = pgTable\(/g),
].map((match) => match[1]);

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      '.data-*/**',
      'db/migrations/**',
      'bench/results/**',
      'tests/artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'error',
    },
  },
  {
    // Data never goes in as a replacement string, where `$'`, `$&` or `$1` in it are read as
    // patterns (a vacancy title once moved half a page into its JSON-LD): pass `() => value`.
    files: ['server/**/*.ts', 'search/**/*.ts', 'db/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^replace(All)?$/][arguments.1.type=/^(TemplateLiteral|Identifier|MemberExpression|CallExpression|BinaryExpression|ConditionalExpression|LogicalExpression)$/]',
          message: 'Pass a replacer function (() => value): a replacement string reads $-patterns in the data.',
        },
      ],
    },
  },
  {
    // Thin routes: a route declares its schema and access and calls a service; SQL lives in
    // query modules that take an executor, so it can run inside a caller's transaction.
    files: ['server/src/**/routes.ts', 'server/src/**/*-routes.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'drizzle-orm', message: 'Routes run no SQL: put the query in a query module of the domain.' },
            {
              name: '@samenwerven/db',
              importNames: tableNames,
              allowTypeImports: true,
              message: 'Routes run no SQL: put the query in a query module of the domain.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Feature folders stand alone: what two features share lives in
    // components/, hooks/, lib/, api/ or i18n/, and only app/ (the router) puts features together.
    files: ['web/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./[^./][^/]*/|/features/',
              message: 'A feature does not import another feature: move what they share out of features/.',
            },
            {
              regex: '^(\\.\\./)+app/',
              message: 'A feature does not import app/ (app/ imports the features): move it to lib/ or hooks/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', '**/*.test.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
