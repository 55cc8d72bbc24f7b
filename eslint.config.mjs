import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'
import { defineConfig, globalIgnores } from 'eslint/config'

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Test helpers parse untyped JSON from REST and GraphQL responses.
    files: ['tests/**', 'e2e/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  globalIgnores([
    '.next/**',
    '.next-e2e/**',
    '.next-bench/**',
    '.next-*/**',
    'test-results/**',
    'node_modules/**',
    'data/**',
    'payload-types.ts',
    'app/(payload)/admin/importMap.js',
    'payload/migrations/**',
    'next-env.d.ts',
    'bench/results/**',
  ]),
])
