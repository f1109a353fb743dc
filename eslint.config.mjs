import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/__generated__/**',
      '**/.data/**',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // DESIGN.md convention 2: domain code is pure.
    files: ['services/*/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'graphql',
                'graphql/*',
                '@apollo/*',
                'typeorm',
                'typeorm/*',
                'pg',
                '@nats-io/*',
                'express',
              ],
              message: 'domain/ is pure: no graphql, typeorm, pg or nats.',
            },
            {
              group: ['**/persistence/**', '**/graphql/**', '**/events/**', '**/application/**'],
              message: 'domain/ depends on nothing outside domain/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['services/*/src/application/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'graphql',
                'graphql/*',
                '@apollo/*',
                'typeorm',
                'typeorm/*',
                'pg',
                '@nats-io/*',
                'express',
              ],
              message: 'application/ reaches I/O only through ports.',
            },
            {
              group: ['**/persistence/**', '**/graphql/**'],
              message: 'application/ reaches persistence through ports only.',
            },
          ],
        },
      ],
    },
  },
);
