// Import rules for src/, checked by `npm run deps:check` (dependency-cruiser).
// Type-only imports (`import type`, `import { type X }`) count: a cycle through types still ties
// the modules together, so tsPreCompilationDeps keeps them in the graph.

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A module reaches itself through its imports (type-only imports included). Move the shared piece (often a type) into a module both can import.',
      from: { path: '^src/' },
      to: { circular: true }
    }
  ],
  options: {
    includeOnly: '^src/',
    doNotFollow: { path: 'node_modules' },
    // keep the imports TypeScript erases (type-only), so type cycles are found too
    tsPreCompilationDeps: true,
    // src/ imports its own .ts files as ./x.js (NodeNext); dependency-cruiser maps them to the .ts
    tsConfig: { fileName: 'tsconfig.json' }
  }
}
