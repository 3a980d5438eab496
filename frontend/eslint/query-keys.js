// Query keys have one owner: each feature's api/ folder builds them with its key factories and
// exposes queryOptions and invalidation helpers. Nowhere else may a key be written out, and the
// cache is changed by key only there (or, for "refresh everything", through src/lib/query-client.ts).

const LITERAL_KEY = {
  selector: "Property[key.name='queryKey'] > ArrayExpression",
  message: "Build query keys with the owning feature's key factory (features/*/api), not a literal array.",
};

const CACHE_BY_KEY = {
  selector:
    'CallExpression[callee.property.name=/^(invalidateQueries|removeQueries|resetQueries|refetchQueries|cancelQueries|setQueryData|setQueriesData)$/]',
  message: "Change cached queries through the owning feature's exported helper (e.g. invalidateWorkers(queryClient)).",
};

export const queryKeyRules = [
  { files: ['src/**/*.{ts,tsx}'], rules: { 'no-restricted-syntax': ['error', LITERAL_KEY, CACHE_BY_KEY] } },
  {
    files: ['src/features/*/api/**', 'src/lib/query-client.ts'],
    rules: { 'no-restricted-syntax': ['error', LITERAL_KEY] },
  },
];
