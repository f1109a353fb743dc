import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The packages of the edges (servers, databases, the broker): neither domain/ nor application/ imports them. */
const EDGE_PACKAGES = [
  'graphql',
  'graphql/*',
  '@apollo/*',
  'typeorm',
  'typeorm/*',
  'pg',
  'pg/*',
  '@nats-io/*',
  'express',
];

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
    // DESIGN.md convention 2: domain code is pure. It may import other domain files, @care/calendar,
    // @care/domain-kernel, decimal.js (money is decimal, convention 5) and the Node standard library.
    // Everything that does I/O or belongs to an edge is out, type-only imports included: @care/service-kit
    // (servers, auth, logging), @care/messaging, @care/contracts (event schemas are the edge's vocabulary,
    // mapped from domain data in application/), @care/testing, and zod (input is parsed at the edges; rules
    // check plain data themselves and refuse with their own errors naming the DOMAIN rule).
    files: ['services/*/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@care/*', '!@care/calendar', '!@care/domain-kernel'],
              message: 'domain/ is pure: of @care/* only @care/calendar and @care/domain-kernel.',
            },
            {
              group: [...EDGE_PACKAGES, 'nats', 'nats/*', 'jose', 'jose/*', 'zod', 'zod/*'],
              message: 'domain/ is pure: no graphql, typeorm, pg, nats, jose, zod or express.',
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
    // The kernel that domain code shares depends on nothing at all.
    files: ['packages/domain-kernel/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./)',
              message: '@care/domain-kernel depends on nothing: only its own files.',
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
              group: EDGE_PACKAGES,
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
  {
    // The gateway keeps no data: the kit's stateless entry, never the whole kit (TypeORM, pg, messaging).
    files: ['gateway/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@care/service-kit',
              message:
                'The gateway takes @care/service-kit/stateless: the whole kit loads TypeORM, pg and messaging.',
            },
          ],
          patterns: [
            {
              group: ['typeorm', 'typeorm/*', 'pg', 'pg/*', '@care/messaging', '@care/messaging/*'],
              message: 'The gateway keeps no data: no database or event stream library.',
            },
          ],
        },
      ],
    },
  },
);
