// bulletproof-react's layers. Shared code (components, lib, hooks, the generated api types)
// knows no feature; a feature uses shared code, its own files, and another feature only through
// that feature's public index.ts; the app layer (router, providers, layout) composes features.

export const boundaryElements = [
  { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
  { type: 'app', pattern: 'src/app' },
  { type: 'testing', pattern: 'src/testing' },
  { type: 'shared', pattern: 'src/components' },
  { type: 'shared', pattern: 'src/lib' },
  { type: 'shared', pattern: 'src/hooks' },
  { type: 'shared', pattern: 'src/api' },
];

export const boundaryFiles = [{ category: 'test', pattern: '**/*.test.{ts,tsx}' }];

export const boundaryPolicies = [
  { from: { element: { type: 'shared' } }, allow: { to: { element: { type: 'shared' } } } },
  {
    from: { element: { type: 'feature' } },
    allow: [
      { to: { element: { types: { anyOf: ['shared', 'testing'] } } } },
      { to: { element: { type: 'feature' } }, dependency: { relationship: { to: 'internal' } } },
      { to: { element: { type: 'feature', fileInternalPath: 'index.ts' } } },
    ],
  },
  // Any test may use the test helpers.
  { from: { file: { categories: 'test' } }, allow: { to: { element: { type: 'testing' } } } },
  // Whole-app test helpers render the app itself.
  {
    from: { element: { type: 'testing' } },
    allow: { to: { element: { types: { anyOf: ['shared', 'testing', 'app'] } } } },
  },
  {
    from: { element: { type: 'app' } },
    allow: { to: { element: { types: { anyOf: ['shared', 'app', 'feature'] } } } },
  },
];
