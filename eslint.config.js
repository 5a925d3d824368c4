import tseslint from 'typescript-eslint'

// The dependency rule (DESIGN.md): domain folders never import an edge; only store/ imports a database client.
const dbClients = { group: ['@duckdb/*', '@clickhouse/*'], message: 'only src/store talks to a database' }
const edges = { group: ['**/api/**', '**/web/**', '**/cli/**'], message: 'domain folders never import an edge' }

export default tseslint.config(
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-throw-literal': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [dbClients] }],
    },
  },
  {
    files: ['src/trade/**/*.ts', 'src/screening/**/*.ts', 'src/rules/**/*.ts', 'src/risk/**/*.ts', 'src/claims/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [dbClients, edges] }] },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [edges] }] },
  }
)
