/**
 * Dependency rules checked by `npm run deps` and by `npm test` (scripts/test.mjs).
 * No import cycles: a cycle makes module start-up order matter and hides which file owns what.
 * Every relative import must resolve, so a moved file fails here with its importer named.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules must not import each other in a loop; move the shared part into its own module.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to no file: a typo, a moved module, or a missing package.',
      from: {},
      // Vite virtual modules (scripts/vite/*Plugin.ts) exist only inside the build.
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Resolve packages through their `exports`, with `types` so that `vite/client` (a types-only
    // entry named in src/env.d.ts) resolves too.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'types', 'default'],
    },
  },
};
