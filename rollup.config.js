// Bundles the action's entry points and the CLI into dist/ (committed, run by the runner as is).
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'

export default {
  input: {
    index: 'src/action.ts',
    post: 'src/post.ts',
    cli: 'src/cli.ts'
  },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name].js',
    banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
    sourcemap: false
  },
  plugins: [
    typescript({ tsconfig: './tsconfig.build.json', noEmitOnError: true }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    // CycloneDX's XML writer needs optional packages we never use (we write JSON): leave its lazy
    // require() unresolved instead of importing a package that is not installed.
    commonjs({ ignore: ['xmlbuilder2', 'libxmljs2'] }),
    json()
  ],
  onwarn(warning, warn) {
    // The toolkit's dependencies use `this` at module top level and circular imports; both are harmless.
    if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return
    warn(warning)
  }
}
